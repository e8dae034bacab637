import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

export interface ServerStats {
  published: number;
  webhookAttempts: number;
  subscribers: number;
  rss: number;
  cpu: { user: number; system: number };
}

export interface ServerProcess {
  url: string;
  stats(): Promise<ServerStats>;
  /** [event id, time it was handed to this process's subscribers]. */
  published(): Promise<[string, number][]>;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, logFile: string): Promise<ServerProcess> {
  const logFd = openSync(logFile, 'a');
  const child: ChildProcess = fork(path.join(__dirname, 'server-child.ts'), [], {
    // BENCH_SERVER_CPU_PROF=DIR writes a V8 CPU profile of each server process when it stops; BENCH_REQUIRE preloads a module
    execArgv: ['-r', '@swc-node/register', ...(process.env.BENCH_REQUIRE ? ['-r', process.env.BENCH_REQUIRE] : []), ...(process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [])],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SWC_NODE_PROJECT: path.join(__dirname, '..', 'tsconfig.json'), ...env },
    stdio: ['ignore', logFd, logFd, 'ipc'],
  });
  closeSync(logFd);
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code} before it was ready; see ${logFile}`));
    child.once('exit', onExit);
    child.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready' && m.port) {
        child.off('exit', onExit);
        resolve(m.port);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => new Promise<ServerStats>((resolve) => {
      const onMessage = (m: { type?: string } & ServerStats) => {
        if (m?.type !== 'stats') return;
        child.off('message', onMessage);
        resolve(m);
      };
      child.on('message', onMessage);
      child.send({ type: 'stats' });
    }),
    published: () => new Promise<[string, number][]>((resolve) => {
      const onMessage = (m: { type?: string; times?: [string, number][] }) => {
        if (m?.type !== 'published') return;
        child.off('message', onMessage);
        resolve(m.times ?? []);
      };
      child.on('message', onMessage);
      child.send({ type: 'published' });
    }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync } from 'node:fs';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Peak resident memory of the server process (VmHWM), in bytes, and its current RSS. */
  memory(): Promise<{ rss: number; peakRss: number | null }>;
  stop(): Promise<void>;
}

/** Forks server-child.ts with the production settings a real installation would use, on 127.0.0.1 only. */
export async function startServerProcess(opts: { databaseUrl: string; dataDir: string; logFile: string; logLevel: string; poolSize?: number }): Promise<ServerProcess> {
  const logFd = openSync(opts.logFile, 'a');
  const child: ChildProcess = fork(path.join(__dirname, 'server-child.ts'), [], {
    // BENCH_SERVER_CPU_PROF=DIR writes a V8 CPU profile of the server when it stops (see docs/PERFORMANCE.md)
    execArgv: ['-r', '@swc-node/register', ...(process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [])],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: opts.databaseUrl,
      DATA_DIR: opts.dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: opts.logLevel,
      DB_POOL_SIZE: String(opts.poolSize ?? 10),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      SWC_NODE_PROJECT: path.join(__dirname, '..', 'tsconfig.json'),
      // BENCH_SERVER_ENV='A=1 B=2' passes settings to the server (an A/B run of a server option)
      ...Object.fromEntries((process.env.BENCH_SERVER_ENV ?? '').split(/\s+/).filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
    },
    stdio: ['ignore', logFd, logFd, 'ipc'],
  });
  closeSync(logFd);
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code} before it was ready; see ${opts.logFile}`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready' && m.port) {
        child.off('exit', onExit);
        resolve(m.port);
      }
    });
  });
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid,
    async memory() {
      const { readFile } = await import('node:fs/promises');
      try {
        const status = await readFile(`/proc/${pid}/status`, 'utf8');
        const kb = (key: string) => {
          const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
          return m ? Number(m[1]) * 1024 : null;
        };
        return { rss: kb('VmRSS') ?? 0, peakRss: kb('VmHWM') };
      } catch {
        return { rss: 0, peakRss: null };
      }
    },
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

import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * This machine is shared (other people's test runs, builds): CPU that other processes take during a measurement
 * makes it meaningless on 2 cores. This watches /proc: what share of the machine's CPU went to processes other
 * than the bench, its server and its PostgreSQL, and can wait for a quiet moment before a phase.
 */
export class MachineLoad {
  private readonly hz = 100; // USER_HZ on Linux
  private readonly fixedPids: number[];

  constructor(pids: number[], private readonly postmasterPid: number | null) {
    this.fixedPids = pids;
  }

  /** CPU jiffies: the whole machine's busy and total, and ours (bench, server, PostgreSQL and its children). */
  sample(): { busy: number; total: number; ours: number } | null {
    try {
      const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
      const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
      return { busy: total - idle, total, ours: this.ourJiffies() };
    } catch {
      return null;
    }
  }

  /** Share of the machine's CPU (0-1) that other processes used between two samples. */
  static foreignShare(a: ReturnType<MachineLoad['sample']>, b: ReturnType<MachineLoad['sample']>): number {
    if (!a || !b || b.total <= a.total) return 0;
    const foreign = (b.busy - a.busy) - (b.ours - a.ours);
    return Math.max(0, Math.min(1, foreign / (b.total - a.total)));
  }

  /** Waits (at most maxWaitMs) until others use under `threshold` of the machine for two seconds in a row. */
  async waitForQuiet(maxWaitMs: number, threshold = 0.08, log?: (line: string) => void): Promise<{ waitedMs: number; share: number }> {
    const started = Date.now();
    let quiet = 0;
    let share = 0;
    let told = false;
    while (Date.now() - started < maxWaitMs) {
      const a = this.sample();
      await new Promise((r) => setTimeout(r, 1000));
      share = MachineLoad.foreignShare(a, this.sample());
      if (share < threshold) {
        if (++quiet >= 2) return { waitedMs: Date.now() - started, share };
      } else {
        quiet = 0;
        if (!told && log) {
          log(`  other processes are using ${(share * 100).toFixed(0)} % of the CPU: waiting for a quiet machine (at most ${Math.round(maxWaitMs / 1000)} s)`);
          told = true;
        }
      }
    }
    return { waitedMs: Date.now() - started, share };
  }

  /** CPU milliseconds used so far by: one process (main thread and all its threads), and PostgreSQL (postmaster and children). */
  cpuMs(pid: number): { process: number; postgres: number } {
    const own = readProcessCpu(pid);
    let pg = 0;
    if (this.postmasterPid) {
      pg += readProcessCpu(this.postmasterPid);
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = readStat(Number(entry));
        if (stat && stat.ppid === this.postmasterPid) pg += (stat.utime + stat.stime);
      }
    }
    return { process: own * (1000 / this.hz), postgres: pg * (1000 / this.hz) };
  }

  private ourJiffies(): number {
    const pids = new Set(this.fixedPids);
    if (this.postmasterPid) {
      pids.add(this.postmasterPid);
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = readStat(Number(entry));
        if (stat && stat.ppid === this.postmasterPid) pids.add(Number(entry));
      }
    }
    let sum = 0;
    for (const pid of pids) {
      const stat = readStat(pid);
      if (stat) sum += stat.utime + stat.stime;
    }
    return sum;
  }

  get ticksPerSecond(): number {
    return this.hz;
  }
}

/** utime + stime of a whole process (every thread), in clock ticks. */
function readProcessCpu(pid: number): number {
  const stat = readStat(pid);
  return stat ? stat.utime + stat.stime : 0;
}

function readStat(pid: number): { ppid: number; utime: number; stime: number } | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name may hold spaces and parentheses: the fields start after the last ')'
    const rest = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), utime: Number(rest[11]), stime: Number(rest[12]) };
  } catch {
    return null;
  }
}

/** The postmaster's pid from an embedded data folder (first line of postmaster.pid). */
export function postmasterPidOf(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/pg/postmaster.pid`, 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/**
 * Raises the scheduling priority of the bench's own processes (this one, the server, the embedded PostgreSQL
 * and its children: backends forked later inherit it) so that other work on a shared 2-core machine disturbs
 * the figures less. Needs root (or CAP_SYS_NICE); otherwise it changes nothing. Returns how many it raised.
 */
export function raisePriority(pids: number[], postmasterPid: number | null, priority = -10): number {
  const all = new Set(pids);
  if (postmasterPid) {
    all.add(postmasterPid);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat && stat.ppid === postmasterPid) all.add(Number(entry));
    }
  }
  let raised = 0;
  for (const pid of all) {
    try {
      os.setPriority(pid, priority);
      raised++;
    } catch {
      // not permitted: measure at normal priority
    }
  }
  return raised;
}

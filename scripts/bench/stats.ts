/** Small helpers of the delivery benchmark: percentiles and where the CPU went (from /proc). */
import { readdirSync, readFileSync } from 'node:fs';

/** Nearest-rank percentile of an ascending array (NaN if empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface CpuRoles {
  /** The benchmark's own Postgres server (postmaster pid); its children are its backends. Unknown: every `postgres` process. */
  postmaster?: number;
  workers: (number | undefined)[];
  receiver: number | undefined;
  bench: number;
}

export type CpuTimes = { available: boolean; postgres: number; workers: number; receiver: number; bench: number; other: number };

/**
 * CPU time (ms) used so far by the benchmark's Postgres (its server and backends), the
 * worker(s), the receiver, the benchmark's own process and everything else on the machine
 * (another Postgres included), from /proc (Linux only; `available` is false elsewhere).
 * Processes that exited in between are not counted.
 */
export function cpuTimes(roles: CpuRoles): CpuTimes {
  const out: CpuTimes = { available: false, postgres: 0, workers: 0, receiver: 0, bench: 0, other: 0 };
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * tick; // utime + stime
    const n = Number(pid);
    const ppid = Number(fields[1]);
    const ours = roles.postmaster === undefined ? name === 'postgres' : n === roles.postmaster || ppid === roles.postmaster;
    if (ours) out.postgres += ms;
    else if (roles.workers.includes(n)) out.workers += ms;
    else if (n === roles.receiver) out.receiver += ms;
    else if (n === roles.bench) out.bench += ms;
    else out.other += ms;
    out.available = true;
  }
  return out;
}

/** "postgres 45%, worker 30%, …": each role's share of one core between two readings. */
export function cpuShares(a: CpuTimes, b: CpuTimes, seconds: number, workerLabel: string): string {
  if (!a.available || !b.available) return 'CPU shares unavailable (no /proc)';
  const share = (k: Exclude<keyof CpuTimes, 'available'>) => `${Math.max(0, ((b[k] - a[k]) / 1000 / seconds) * 100).toFixed(0)}%`;
  return `postgres ${share('postgres')}, ${workerLabel} ${share('workers')}, receiver ${share('receiver')}, bench process ${share('bench')}, anything else ${share('other')}`;
}

import fs from 'node:fs';

/** Linux reports a process's CPU time in clock ticks; 100 per second on every kernel we run on. */
const ticksPerSecond = 100;

/**
 * CPU time (user + system) that another process has used so far, in ms, read from
 * /proc/<pid>/stat; NaN where there is no /proc (the tables then show "NaN", not a guess).
 * Resolution is 10 ms, so it is meant for totals over hundreds of requests.
 */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after it are space separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}

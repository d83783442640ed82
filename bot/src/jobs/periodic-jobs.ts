import type { Logger } from '../shared/logger';

export interface PeriodicJob {
  name: string;
  run: () => Promise<unknown>;
}

/**
 * Runs the housekeeping jobs (deadline reminders, retention) every `intervalMs`. Each job is
 * safe to run on several instances at once (dedupe keys, idempotent deletes), so no leader
 * election is needed. A failing job is logged and tried again at the next tick.
 */
export function startPeriodicJobs(jobs: readonly PeriodicJob[], intervalMs: number, logger: Logger) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const job of jobs) {
        try {
          await job.run();
        } catch (error) {
          logger.error('jobs.failed', { job: job.name, error });
        }
      }
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    runNow: async () => {
      tick();
      await running;
    },
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

import { setTimeout as sleep } from 'node:timers/promises';
import { unsavedOutcome } from '../shared/errors';

/**
 * A store write made after Teams was already sent something (the card's record, the entry marked
 * sent): losing it means sending again later. While the database is unavailable (restarting,
 * disk full) the write is tried again every `pauseMs`, as long as `worthIt()` holds (e.g. the
 * lease is not about to run out). Any other error is thrown at once.
 */
export async function keepTrying<T>(
  write: () => Promise<T>,
  options: { worthIt: () => boolean; pauseMs?: number; onRetry?: (error: unknown) => void },
): Promise<T> {
  const pauseMs = options.pauseMs ?? keepTryingPauseMs;
  for (let tries = 1; ; tries++) {
    try {
      return await write();
    } catch (error) {
      if (unsavedOutcome(error) === null || !options.worthIt()) throw error;
      if (tries === 1) options.onRetry?.(error);
      await sleep(pauseMs);
    }
  }
}

export const keepTryingPauseMs = 500;

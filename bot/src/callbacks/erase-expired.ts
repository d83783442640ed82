import { randomUUID } from 'node:crypto';
import type { CallbackDeps } from './callback-deps';
import { journalEvent, journalFields, type ErasureJournalEntry } from './erasure-journal';

const dayMs = 86_400_000;

/**
 * Retention (design.md §3): the citizen's data in callbacks closed more than `retentionDays` ago
 * is erased; center, topic, times and outcome stay for the statistics. The erasure is logged and
 * journalled, so that it can be made again in a restored backup (`closedBefore` is the cut-off,
 * which stays right even if RETENTION_DAYS changes later).
 */
export async function eraseExpiredCitizenData(deps: CallbackDeps, retentionDays: number): Promise<number> {
  const now = deps.now();
  const closedBefore = new Date(now.getTime() - retentionDays * dayMs);
  const erased = await deps.store.callbacks.eraseCitizenData(closedBefore, now);
  deps.logger.info('retention.erased', { callbacks: erased, retentionDays });
  if (erased > 0) {
    const journal: ErasureJournalEntry = {
      id: randomUUID(),
      at: now,
      reason: 'retention',
      closedBefore,
      callbacks: erased,
    };
    await deps.store.erasures.record([journal]);
    deps.logger.info(journalEvent, journalFields(journal));
    await deps.store.accessLog.logAccess({
      at: now,
      user: { id: 'system', name: 'Sletning efter opbevaringsperiode' },
      action: 'delete',
      details: { callbacks: erased, retentionDays },
    });
  }
  return erased;
}

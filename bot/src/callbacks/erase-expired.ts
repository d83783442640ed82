import type { CallbackDeps } from './callback-deps';

const dayMs = 86_400_000;

/**
 * Retention (design.md §3): the citizen's data in callbacks closed more than `retentionDays` ago
 * is erased; center, topic, times and outcome stay for the statistics. The erasure is logged.
 */
export async function eraseExpiredCitizenData(deps: CallbackDeps, retentionDays: number): Promise<number> {
  const now = deps.now();
  const erased = await deps.store.callbacks.eraseCitizenData(
    new Date(now.getTime() - retentionDays * dayMs),
    now,
  );
  deps.logger.info('retention.erased', { callbacks: erased, retentionDays });
  if (erased > 0) {
    await deps.store.accessLog.logAccess({
      at: now,
      user: { id: 'system', name: 'Sletning efter opbevaringsperiode' },
      action: 'delete',
      details: { callbacks: erased, retentionDays },
    });
  }
  return erased;
}

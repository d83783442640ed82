import type { Logger } from '../shared/logger';
import type { InstanceHold, OutboxStore } from './outbox-store';

/**
 * Holds this process's instance id (decision 0033) and, once held, frees the leases that earlier
 * runs of the same instance left behind when they died, so that a restarted instance delivers
 * what was due or in flight at once instead of after the lease. Entries that were in flight go
 * through the delivery's unknown-outcome path (a check, or a marked resend), never a blind post.
 *
 * When another live process has the id, nothing is freed (its leases are alive) and the fact is
 * logged as an error: two instances must not share an id. The hold is asked for again every
 * `retryMs`, so that whichever process outlives the other ends up holding it.
 */
export interface InstanceKeeper {
  /** Resolves after the first try (held and earlier leases freed, or refused). */
  start(): Promise<void>;
  stop(): Promise<void>;
  held(): boolean;
}

export function keepInstance(options: {
  store: Pick<OutboxStore, 'holdInstance' | 'releaseEarlierRuns'>;
  instanceId: string;
  /** This run's worker id, `instanceId#run`: its own leases are never freed. */
  owner: string;
  logger: Logger;
  /** Called when leases were freed: entries are due now. */
  onReleased: () => void;
  retryMs?: number;
}): InstanceKeeper {
  const { store, instanceId, owner, logger } = options;
  let hold: InstanceHold | undefined;
  let releasePending = true;
  let reported: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const report = (refusal: string) => {
    if (reported === refusal) return;
    reported = refusal;
    if (refusal === 'in_use') {
      logger.error('outbox.instance_id_in_use', {
        instanceId,
        owner,
        message:
          'Another live process uses this INSTANCE_ID: its leases are left to expire. Give every instance its own INSTANCE_ID.',
      });
    } else logger.warn('outbox.instance_lock_unavailable', { instanceId, owner });
  };

  async function attempt(): Promise<void> {
    if (!hold?.held) {
      hold = await store.holdInstance(instanceId);
      if (!hold.held) return report(hold.refused ?? 'unavailable');
      reported = undefined;
      releasePending = true;
    }
    if (!releasePending) return;
    const released = await store.releaseEarlierRuns(instanceId, owner);
    releasePending = false;
    logger.info('outbox.instance_held', { instanceId, owner, released });
    if (released > 0) options.onReleased();
  }

  const tick = () => {
    running ??= attempt()
      .catch((error: unknown) => logger.warn('outbox.instance_check_failed', { instanceId, error }))
      .finally(() => (running = undefined));
    return running;
  };

  return {
    async start() {
      await tick();
      timer = setInterval(() => void tick(), options.retryMs ?? 5_000);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
      await hold?.release();
    },
    held: () => hold?.held === true,
  };
}

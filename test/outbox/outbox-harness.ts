import { createDispatcher, type DispatcherOptions } from '../../bot/src/outbox/dispatcher';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { OutboxKind } from '../../bot/src/outbox/outbox-messages';
import type { OutboxDraft, JsonValue } from '../../bot/src/outbox/outbox-store';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { fakeClock } from './fake-clock';

export const entryDraft = (
  dedupeKey: string,
  nextAttemptAt: Date,
  kind: OutboxKind = 'post_callback',
  payload: JsonValue = { n: dedupeKey },
): OutboxDraft => ({ kind, callbackId: null, payload, dedupeKey, nextAttemptAt });

/** An in-memory store, a fake clock and a memory logger, closed after each test. */
export function useOutbox() {
  const h = {} as {
    store: Store;
    clock: ReturnType<typeof fakeClock>;
    logger: ReturnType<typeof createMemoryLogger>;
    dispatcher(
      options: Partial<DispatcherOptions> & Pick<DispatcherOptions, 'deliver'>,
    ): ReturnType<typeof createDispatcher>;
    enqueue(...keys: string[]): Promise<void>;
  };
  beforeEach(async () => {
    h.store = await openStore({ sqliteFile: ':memory:' }, createMemoryLogger('warn'));
    h.clock = fakeClock();
    h.logger = createMemoryLogger();
    h.dispatcher = (options) =>
      createDispatcher({
        store: h.store.outbox,
        workerId: 'w1',
        logger: h.logger,
        clock: h.clock.now,
        random: () => 0.5,
        ...options,
      });
    h.enqueue = async (...keys) => {
      for (const key of keys) await h.store.outbox.enqueue(entryDraft(key, h.clock.now()));
    };
  });
  afterEach(async () => {
    await h.store.close();
  });
  return h;
}

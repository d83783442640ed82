import { setTimeout as sleep } from 'node:timers/promises';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { describeNeeding } from '../support/describe-needing';
import {
  startThrowawayPostgres,
  throwawayPostgresNeed,
  type ThrowawayPostgres,
} from './support/throwaway-postgres';

/**
 * The store alone, in this process, while its PostgreSQL goes away under queries: every pooled
 * connection (idle, or checked out with a query running) loses its server. Before the fix a
 * checked-out client's 'error' event had no listener and took the process down.
 */
describeNeeding(throwawayPostgresNeed(), 'a PostgreSQL store when its server restarts or stops', () => {
  let pg: ThrowawayPostgres;
  let store: Store;
  const logger = createMemoryLogger('debug');

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    store = await openStore({ databaseUrl: pg.url }, logger);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await pg?.destroy();
  });

  /** Queries from several connections at once until stopped; counts what failed. */
  const busy = () => {
    let running = true;
    let failed = 0;
    const loops = Array.from({ length: 6 }, async () => {
      while (running) {
        await store.outbox.backlog(new Date()).catch(() => failed++);
        await sleep(5);
      }
    });
    return {
      async stop() {
        running = false;
        await Promise.all(loops);
        return failed;
      },
    };
  };

  test('queries running during a fast restart fail as errors, and the store answers again at once', async () => {
    const load = busy();
    await sleep(300);
    await pg.restart();
    await sleep(300);
    await pg.restart();
    await sleep(500);
    const failed = await load.stop();
    expect(failed).toBeGreaterThan(0);
    await expect(store.ping()).resolves.toBeUndefined();
  }, 60_000);

  test('while the server is stopped writes fail with STORAGE_FAILED; after start they work again', async () => {
    const load = busy();
    await pg.stop();
    await expect(store.ping()).rejects.toThrow();
    await expect(store.probeWrite()).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    await sleep(500);
    await pg.start();
    await load.stop();
    await expect(store.probeWrite()).resolves.toBeUndefined();
  }, 60_000);
});

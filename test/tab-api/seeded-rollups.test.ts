import { addLocalDays, copenhagenDate, fromCopenhagen } from '../../bot/src/centers/copenhagen-time';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { localDateLookup } from '../../bot/src/coordinator/local-calendar';
import { openStore } from '../../bot/src/storage/open-store';
import { seed } from '../../scripts/seed';
import { expectRollupsMatchRows } from '../storage/stats/rollup-compare';
import { databaseTargets } from './support/databases';
import { centers } from './support/dataset';

/**
 * The seeding script (the tab's performance figures are measured on what it loads) leaves the
 * overview's daily rollups built and in agreement with the rows: moves, reopen-free closes,
 * erasures and months of inquiries included.
 */
describe.each(databaseTargets())('a seeded database on $name', (target) => {
  afterAll(() => target.cleanup());

  test('has its daily rollups built, agreeing with the rows for every period the tab offers', async () => {
    const database = await target.fresh();
    const storage = database.env.DATABASE_URL
      ? { databaseUrl: database.env.DATABASE_URL }
      : { sqliteFile: database.env.SQLITE_FILE! };
    const seeded = await seed({
      callbacks: 1_500,
      inquiries: 6_000,
      until: '2026-11-04',
      days: 90,
      seed: 7,
      ...storage,
      log: () => undefined,
    });
    const store = await openStore(storage, createMemoryLogger('warn'));
    try {
      // Nothing is left for the bot's first request to fold.
      expect(await store.stats.rollUp(localDateLookup())).toBe(0);
      const today = copenhagenDate(seeded.now);
      const days = (first: number, end = 1) => ({
        from: fromCopenhagen(addLocalDays(today, first), '00:00'),
        to: fromCopenhagen(addLocalDays(today, end), '00:00'),
      });
      const codes = centers.map((c) => c.code);
      for (const period of [days(0), days(-6), days(-29), days(-91), days(-40, -33)]) {
        await expectRollupsMatchRows(store.stats, period, codes);
      }
      const whole = await expectRollupsMatchRows(store.stats, days(-91), codes);
      expect(Object.values(whole.booked).reduce((a, b) => a + b, 0)).toBeGreaterThan(1_000);
      expect(whole.close.total.count).toBeGreaterThan(500);
    } finally {
      await store.close();
    }
  });
});

import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';
import { containsPhoneCandidate } from '../../bot/src/privacy/phone-candidate';
import { testUser } from '../support/teams-fixtures';
import { startHarness, type Harness } from '../integration/harness';
import { databaseTargets, type AppDatabase } from '../tab-api/support/databases';

/**
 * Promise, over HTTP as Teams and the tab send it, on SQLite and PostgreSQL: search statistics
 * keep no personal data. What agents type is stored with every digit group that could be a phone
 * or CPR number masked; a failed search reaches coordinators only once two different agents typed
 * it on two different days; the text is erased after RETENTION_DAYS while the counts stay.
 */
const anna = testUser('Anna Agent');
const bent = testUser('Bent Agent');
const dayMs = 86_400_000;
// Tuesday 1 Dec 2026, 10:00 in Copenhagen; a test moves the clock by whole days.
const start = Date.parse('2026-12-01T09:00:00Z');
let offset = 0;
const clock = () => new Date(start + offset);

type Row = { kind: string; query_normalized: string | null; hit_count: number | null };

describe.each(databaseTargets())('search statistics on $name keep no personal data', (target) => {
  let h: Harness;
  let database: AppDatabase;
  beforeAll(async () => {
    offset = 0;
    database = await target.fresh();
    h = await startHarness({ now: clock, env: { ...database.env, RETENTION_DAYS: '30' } });
  });
  afterAll(async () => {
    await h?.stop();
    await target.cleanup();
  });
  const searches = () =>
    database.rows<Row>(
      `select kind, query_normalized, hit_count from inquiries where kind = 'search' order by at, id`,
    );
  const gaps = async (from: number, to: number) => {
    const url = `${h.app.url}/api/tab/gaps?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    return ((await response.json()) as { unanswered: { query: string; count: number }[] }).unanswered;
  };

  test('what agents type is stored with every phone or CPR number masked, in any spelling', async () => {
    for (const typed of [
      '22.33.44.55',
      'cpr 01.01.90.1234',
      'tlf 22,33,44,55 hundeskat',
      'ring ٢٢٣٣٤٤٥٥',
      'pas 0101 901234',
      'borger 2233\u200b4455',
    ])
      await h.say(anna, typed);

    const stored = (await searches()).map((r) => r.query_normalized);
    // A search that was nothing but a number keeps no text at all.
    expect(new Set(stored)).toEqual(new Set(['borger', 'cpr', 'pas', 'ring', 'tlf hundeskat', null]));
    expect(stored).toHaveLength(6);
    for (const text of stored) {
      expect(containsCprCandidate(text ?? '') || containsPhoneCandidate(text ?? '')).toBe(false);
      expect(text ?? '').not.toMatch(/\d/);
    }
  });

  test('a failed search reaches coordinators only once two agents typed it on two days', async () => {
    const day1 = start + dayMs;
    offset = dayMs;
    await h.say(anna, 'xylofonkursus');
    await h.say(anna, 'zebrastribe maling');
    await h.say(bent, 'zebrastribe maling');
    await h.say(anna, 'kvantecomputer udlån');
    offset = 2 * dayMs;
    await h.say(anna, 'xylofonkursus');
    await h.say(bent, 'kvantecomputer udlån');
    await h.say(bent, 'kvantecomputer udlån');

    // One agent on two days, two agents on one day: neither shown. Two agents, two days: shown.
    expect(await gaps(day1 - 3600_000, day1 + 2 * dayMs)).toEqual([
      { query: 'kvantecomputer udlån', count: 3 },
    ]);
  });

  test('query texts older than RETENTION_DAYS are erased; the searches are still counted', async () => {
    const before = await searches();
    offset = 33 * dayMs;
    await h.app.runJobs();

    const after = await searches();
    expect(after).toHaveLength(before.length);
    expect(after.map((r) => r.query_normalized)).toEqual(after.map(() => null));
    expect(after.map((r) => r.hit_count)).toEqual(before.map((r) => r.hit_count));
    expect(await h.app.store.inquiries.countInquiries({ kinds: ['search'] })).toBe(before.length);
    expect(await gaps(start, start + 3 * dayMs)).toEqual([]);
  });
});

import type { DatabaseKind } from '../integration/databases';
import { postgresReachable, postgresUrl } from '../storage/store-targets';
import { describeNeeding } from '../support/describe-needing';
import { startWorld, tally, type FaultWorld } from './support/fault-world';

/**
 * The stable instance id (issue 10, item 3; decision 0033): a restarted instance takes back the
 * leases its killed run held at once, not when they run out; two live processes given the same
 * id are noticed, and neither takes the other's leases while it lives.
 */
// Processes start, die and start again here: generous bounds, the exact times are in the benchmark.
jest.setTimeout(240_000);

const pg = {
  available: postgresReachable(postgresUrl),
  missing: `PostgreSQL at ${postgresUrl} is unreachable`,
};
const always = { available: true, missing: '' };
const databases: DatabaseKind[] = ['sqlite', 'postgres'];
const held = (logs: Record<string, unknown>[]) => logs.filter((l) => l.event === 'outbox.instance_held');

for (const database of databases) {
  describeNeeding(database === 'postgres' ? pg : always, `one instance id on ${database}`, () => {
    let world: FaultWorld;
    afterEach(() => world?.close());

    test('a restarted instance delivers what its killed run had under way long before that lease would run out', async () => {
      // 20 s per Teams call: the lease is 60 s.
      world = await startWorld({ database, channelRead: false, env: { OUTBOX_TEAMS_TIMEOUT_MS: '20000' } });
      const first = await world.start();
      world.emulator.failFor({ route: 'createConversation' }, { delayMs: 3_000 }, 120_000);
      const bookings = await world.burst(first, { perAgent: 3, kill: { after: 10, underWay: 3 } });
      world.emulator.clearFaults();
      const { unsent } = await world.stored();

      const second = await world.start();
      await world.drained(bookings, 50_000);

      expect(world.lastFirstAttempt(second, unsent)).toBeLessThan(30_000);
      expect(held(second.process.logs)).toEqual([expect.objectContaining({ released: expect.any(Number) })]);
      expect(Number(held(second.process.logs)[0]!.released)).toBeGreaterThanOrEqual(3);
      expect(tally(world, bookings)).toMatchObject({ lost: 0, duplicated: 0 });
    });

    test('two live processes with the same id: the second is told so, neither frees the other’s leases, nothing is posted twice', async () => {
      world = await startWorld({ database, channelRead: false });
      const a = await world.start();
      const b = await world.start();
      expect(held(a.process.logs)).toHaveLength(1);
      expect(b.process.logs.filter((l) => l.event === 'outbox.instance_id_in_use')).toEqual([
        expect.objectContaining({ level: 'error', instanceId: world.env.INSTANCE_ID }),
      ]);
      expect(held(b.process.logs)).toEqual([]);

      world.emulator.failFor({ route: 'createConversation' }, { delayMs: 500 }, 60_000);
      const [fromA, fromB] = await Promise.all([
        world.burst(a, { perAgent: 2 }),
        world.burst(b, { perAgent: 2 }),
      ]);
      await world.drained([...fromA, ...fromB], 60_000);
      expect(tally(world, [...fromA, ...fromB])).toEqual({ lost: 0, duplicated: 0, marked: 0 });

      // A dies with posts under way: B takes the id over and delivers them; nothing twice unmarked.
      const late = await world.burst(a, { perAgent: 3, kill: { after: 10, underWay: 3 } });
      world.emulator.clearFaults();
      await world.drained(late, 60_000);
      expect(held(b.process.logs)).toHaveLength(1);
      expect(tally(world, late)).toMatchObject({ lost: 0, duplicated: 0 });
    });
  });
}

import { Migrator, sql } from 'kysely';
import { runWorkerId } from '../../../bot/src/outbox/outbox-store';
import { migrationProvider, migrations } from '../../../bot/src/storage/migrations';
import { at, draft, later, minutes, newCallback, postCard } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const t0 = at('2026-09-01T08:00:00.000Z');
const lease = minutes(1);

/** What survives a crash of the process that was posting: in-flight marks, instance ids, dead entries. */
export function outboxRecoveryScenarios(target: StoreTarget): void {
  describe('outbox after a crash', () => {
    const h = useStore(target);

    test('a send marked in flight stays marked through a retry of unknown outcome, and is cleared by one that surely failed', async () => {
      await h.store.outbox.enqueue(draft('card', t0));
      const [entry] = await h.store.outbox.leaseDue('w1', t0, lease, 1);
      expect(entry?.inFlightSince).toBeNull();

      expect(await h.store.outbox.markInFlight(entry!.id, 'w1', later(t0, 5))).toBe(true);
      await h.store.outbox.reschedule(entry!.id, 'w1', t0, 'timeout');
      const [again] = await h.store.outbox.leaseDue('w1', later(t0, 10), lease, 1);
      expect(again?.inFlightSince).toEqual(later(t0, 5));

      await h.store.outbox.reschedule(entry!.id, 'w1', t0, '503 ServiceUnavailable', true);
      const [third] = await h.store.outbox.leaseDue('w1', later(t0, 20), lease, 1);
      expect(third?.inFlightSince).toBeNull();
    });

    test('a worker whose lease ran out cannot mark a send in flight, so it sends nothing', async () => {
      await h.store.outbox.enqueue(draft('card', t0));
      const [entry] = await h.store.outbox.leaseDue('old', t0, lease, 1);
      await h.store.outbox.leaseDue('new', later(t0, lease), lease, 1);

      expect(await h.store.outbox.markInFlight(entry!.id, 'old', later(t0, lease + 1))).toBe(false);
      expect((await h.store.outbox.get(entry!.id))?.inFlightSince).toBeNull();
    });

    test('sent and dead entries are no longer in flight', async () => {
      await h.store.outbox.enqueue(draft('sent', t0));
      await h.store.outbox.enqueue(draft('dead', t0));
      const leased = await h.store.outbox.leaseDue('w1', t0, lease, 2);
      for (const e of leased) await h.store.outbox.markInFlight(e.id, 'w1', t0);
      const byKey = (k: string) => leased.find((e) => e.dedupeKey === k)!.id;

      await h.store.outbox.markSent(byKey('sent'), 'w1', null, t0);
      await h.store.outbox.markDead(byKey('dead'), 'w1', '403 BotNotInConversationRoster');

      expect((await h.store.outbox.get(byKey('sent')))?.inFlightSince).toBeNull();
      expect((await h.store.outbox.get(byKey('dead')))?.inFlightSince).toBeNull();
    });

    test('leases of earlier runs of an instance are freed at once; its own run and other instances keep theirs', async () => {
      for (const key of ['a', 'b', 'c', 'd']) await h.store.outbox.enqueue(draft(key, t0));
      const take = async (worker: string) => (await h.store.outbox.leaseDue(worker, t0, lease, 1))[0]!;
      const crashed = await take(runWorkerId('app-1', 'run-1'));
      const crashedEarlier = await take(runWorkerId('app-1', 'run-0'));
      const current = await take(runWorkerId('app-1', 'run-2'));
      const other = await take(runWorkerId('app-10', 'run-1'));

      expect(await h.store.outbox.releaseEarlierRuns('app-1', runWorkerId('app-1', 'run-2'))).toBe(2);

      const due = await h.store.outbox.leaseDue('w', t0, lease, 10);
      expect(due.map((e) => e.id).sort()).toEqual([crashed.id, crashedEarlier.id].sort());
      expect((await h.store.outbox.get(current.id))?.lockedBy).toBe(runWorkerId('app-1', 'run-2'));
      expect((await h.store.outbox.get(other.id))?.lockedBy).toBe(runWorkerId('app-10', 'run-1'));
    });

    test('an instance id is held by one store at a time, and free again once released', async () => {
      const other = await h.another();
      const first = await h.store.outbox.holdInstance('app-1');
      const second = await other.outbox.holdInstance('app-1');
      const differentId = await other.outbox.holdInstance('app-2');

      expect([first.held, second.held, second.refused, differentId.held]).toEqual([
        true,
        false,
        'in_use',
        true,
      ]);
      await first.release();
      const afterRelease = await other.outbox.holdInstance('app-1');
      expect(afterRelease.held).toBe(true);
      await afterRelease.release();
      await differentId.release();
    });

    test('dead entries are listed newest first with their callback, per center, and revived for a center', async () => {
      const cso = await h.store.callbacks.bookCallback(newCallback(), postCard);
      const coei = await h.store.callbacks.bookCallback(
        newCallback({ centerCode: 'CØI', bookedAt: later(t0, 1000) }),
        postCard,
      );
      const leased = await h.store.outbox.leaseDue('w1', later(t0, 1000), lease, 10);
      for (const e of leased) await h.store.outbox.markDead(e.id, 'w1', '403 BotNotInConversationRoster');

      const all = await h.store.outbox.deadLetters(null, 10);
      expect(all.map((d) => [d.reference, d.centerCode, d.kind, d.lastError])).toEqual([
        [coei.callback.reference, 'CØI', 'post_callback', '403 BotNotInConversationRoster'],
        [cso.callback.reference, 'CSO', 'post_callback', '403 BotNotInConversationRoster'],
      ]);
      expect((await h.store.outbox.deadLetters(['CSO'], 10)).map((d) => d.reference)).toEqual([
        cso.callback.reference,
      ]);
      expect(await h.store.outbox.deadLetters([], 10)).toEqual([]);

      expect(await h.store.outbox.reviveDead('CSO', ['post_callback'], later(t0, 2000))).toBe(1);
      const [revived] = await h.store.outbox.leaseDue('w2', later(t0, 2000), lease, 10);
      expect(revived).toMatchObject({ callbackId: cso.callback.id, status: 'pending', attempts: 1 });
      expect((await h.store.outbox.deadLetters(null, 10)).map((d) => d.centerCode)).toEqual(['CØI']);
    });
  });
}

/** Entries stored by a version before migration 009, read and delivered by this one. */
export function outboxUpgradeScenarios(target: StoreTarget): void {
  test('entries and leases stored before the in-flight migration keep working after it', async () => {
    const database = await target.fresh();
    const { db, schema } = database.raw();
    const names = Object.keys(migrations).sort();
    const before = names[names.indexOf('009-outbox-in-flight') - 1]!;
    try {
      const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
      const { error } = await migrator.migrateTo(before);
      if (error) throw error;
      const row = (id: string, lockedBy: string | null, lockedUntil: number | null) =>
        sql`insert into outbox (id, kind, callback_id, payload, dedupe_key, status, attempts,
              next_attempt_at, first_due_at, locked_by, locked_until, last_error, result, sent_at)
            values (${id}, 'notify_agent', null, '{}', ${id}, 'pending', ${lockedBy ? 1 : 0},
              ${t0.getTime()}, ${t0.getTime()}, ${lockedBy}, ${lockedUntil}, null, null, null)`.execute(db);
      await row('old-pending', null, null);
      // Leased by a worker of the old naming (`pid-random`) whose lease has run out.
      await row('old-leased', '4242-1a2b3c4d', t0.getTime() + 1000);
    } finally {
      await db.destroy();
    }

    const store = await database.open();
    try {
      expect(await store.outbox.releaseEarlierRuns('4242-1a2b3c4d', runWorkerId('4242', 'x'))).toBe(0);
      const leased = await store.outbox.leaseDue('new', later(t0, 1000), lease, 10);
      expect(leased.map((e) => [e.id, e.inFlightSince]).sort()).toEqual([
        ['old-leased', null],
        ['old-pending', null],
      ]);
      for (const e of leased) expect(await store.outbox.markSent(e.id, 'new', null, t0)).toBe(true);
    } finally {
      await store.close();
    }
  });
}

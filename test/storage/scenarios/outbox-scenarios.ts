import type { OutboxEntry, OutboxStore } from '../../../bot/src/outbox/outbox-store';
import { at, draft, later, minutes } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const t0 = at('2026-09-01T08:00:00.000Z');
const lease = minutes(1);

/** Leases until nothing is left, as a dispatcher loop would, marking each entry sent. */
async function drain(outbox: OutboxStore, workerId: string, batch: number): Promise<string[]> {
  const taken: string[] = [];
  for (;;) {
    const entries = await outbox.leaseDue(workerId, t0, lease, batch);
    if (entries.length === 0) return taken;
    for (const e of entries) {
      taken.push(e.id);
      await outbox.markSent(e.id, workerId, { activityId: `a-${e.id}` }, t0);
    }
  }
}

export function outboxScenarios(target: StoreTarget): void {
  describe('outbox', () => {
    const h = useStore(target);
    const enqueueMany = async (n: number) => {
      for (let i = 0; i < n; i++) await h.store.outbox.enqueue(draft(`k-${i}`, later(t0, -i)));
    };

    test('an entry with a dedupe key that exists already is not added again', async () => {
      expect(await h.store.outbox.enqueue(draft('notify:TB-1001:closed', t0))).toBe(true);
      expect(await h.store.outbox.enqueue(draft('notify:TB-1001:closed', later(t0, 5)))).toBe(false);

      expect((await h.store.outbox.backlog(t0)).pending).toBe(1);
      expect((await h.store.outbox.byDedupeKey('notify:TB-1001:closed'))?.nextAttemptAt).toEqual(t0);
    });

    test('leasing takes only due entries, oldest first, and counts an attempt on each', async () => {
      await h.store.outbox.enqueue(draft('later', later(t0, minutes(5))));
      await h.store.outbox.enqueue(draft('due-second', later(t0, -1000)));
      await h.store.outbox.enqueue(draft('due-first', later(t0, -2000)));

      const leased = await h.store.outbox.leaseDue('w1', t0, lease, 10);

      expect(leased.map((e) => [e.dedupeKey, e.attempts, e.lockedBy])).toEqual([
        ['due-first', 1, 'w1'],
        ['due-second', 1, 'w1'],
      ]);
      expect(leased[0]?.lockedUntil).toEqual(later(t0, lease));
      expect(await h.store.outbox.leaseDue('w2', t0, lease, 10)).toEqual([]);
    });

    test('an entry whose lease expired (its worker died) is leased again by another worker', async () => {
      await h.store.outbox.enqueue(draft('card', t0));
      const [first] = await h.store.outbox.leaseDue('dead-worker', t0, lease, 1);

      expect(await h.store.outbox.leaseDue('w2', later(t0, lease - 1), lease, 1)).toEqual([]);
      const [again] = await h.store.outbox.leaseDue('w2', later(t0, lease), lease, 1);

      expect(again).toMatchObject({ id: first!.id, lockedBy: 'w2', attempts: 2 });
      expect(await h.store.outbox.markSent(first!.id, 'dead-worker', null, t0)).toBe(false);
      expect(await h.store.outbox.markSent(first!.id, 'w2', { activityId: '1:abc' }, t0)).toBe(true);
      expect(await h.store.outbox.get(first!.id)).toMatchObject({
        status: 'sent',
        result: { activityId: '1:abc' },
        lockedBy: null,
      });
    });

    test('a rescheduled entry waits until its next attempt and keeps the error; a dead one is never leased', async () => {
      await h.store.outbox.enqueue(draft('retry', t0));
      await h.store.outbox.enqueue(draft('give-up', t0));
      const leased = await h.store.outbox.leaseDue('w1', t0, lease, 10);
      const byKey = (k: string) => leased.find((e) => e.dedupeKey === k)!;

      expect(
        await h.store.outbox.reschedule(
          byKey('retry').id,
          'w1',
          later(t0, minutes(2)),
          '429 Too Many Requests',
        ),
      ).toBe(true);
      expect(await h.store.outbox.markDead(byKey('give-up').id, 'w1', '403 Forbidden')).toBe(true);

      expect(await h.store.outbox.leaseDue('w1', later(t0, minutes(2) - 1), lease, 10)).toEqual([]);
      const [retried] = await h.store.outbox.leaseDue('w1', later(t0, minutes(2)), lease, 10);
      expect(retried).toMatchObject({ dedupeKey: 'retry', attempts: 2, lastError: '429 Too Many Requests' });
      expect(await h.store.outbox.byDedupeKey('give-up')).toMatchObject({
        status: 'dead',
        lastError: '403 Forbidden',
      });
    });

    test('the backlog tells how much is waiting, for how long, and how often it was tried', async () => {
      await h.store.outbox.enqueue(draft('old', later(t0, -minutes(10))));
      await h.store.outbox.enqueue(draft('new', later(t0, -minutes(1))));
      await h.store.outbox.enqueue(draft('future', later(t0, minutes(10))));
      await h.store.outbox.enqueue(draft('leased', later(t0, -minutes(20))));
      const [leased] = await h.store.outbox.leaseDue('w1', later(t0, -minutes(15)), minutes(30), 1);
      expect(leased?.dedupeKey).toBe('leased');

      expect(await h.store.outbox.backlog(t0)).toEqual({
        pending: 4,
        due: 2,
        leased: 1,
        dead: 0,
        // The leased entry is not delivered yet either: it has waited the longest.
        oldestUndeliveredAgeMs: minutes(20),
        maxAttempts: 1,
      });
    });

    test('entries waiting in retry backoff count as undelivered: their age keeps growing', async () => {
      // Teams is down: the card was due half an hour ago and is rescheduled again and again.
      await h.store.outbox.enqueue(draft('backoff', later(t0, -minutes(30))));
      const [entry] = await h.store.outbox.leaseDue('w1', later(t0, -minutes(1)), minutes(1), 1);
      await h.store.outbox.reschedule(entry!.id, 'w1', later(t0, minutes(5)), '503 Service Unavailable');
      await h.store.outbox.enqueue(draft('future reminder', later(t0, minutes(10))));

      expect(await h.store.outbox.backlog(t0)).toMatchObject({
        pending: 2,
        due: 0,
        leased: 0,
        oldestUndeliveredAgeMs: minutes(30),
      });
      const sent = await h.store.outbox.leaseDue('w1', later(t0, minutes(5)), minutes(1), 1);
      await h.store.outbox.markSent(sent[0]!.id, 'w1', null, later(t0, minutes(5)));
      expect((await h.store.outbox.backlog(later(t0, minutes(6)))).oldestUndeliveredAgeMs).toBeNull();
    });

    test('two workers leasing at the same time never get the same entry, and together get them all', async () => {
      await enqueueMany(40);

      const [a, b] = await Promise.all([drain(h.store.outbox, 'A', 3), drain(h.store.outbox, 'B', 3)]);

      expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
      expect(a.length + b.length).toBe(40);
    });

    test('two instances on the same database leasing at the same time never get the same entry', async () => {
      const other = await h.another();
      await enqueueMany(40);

      const [a, b] = await Promise.all([drain(h.store.outbox, 'A', 4), drain(other.outbox, 'B', 4)]);

      expect(new Set([...a, ...b]).size).toBe(40);
      expect(a.length + b.length).toBe(40);
      const sent = await Promise.all([...a, ...b].map((id) => h.store.outbox.get(id)));
      expect(sent.every((e: OutboxEntry | null) => e?.status === 'sent' && e.attempts === 1)).toBe(true);
    });

    test('sent entries older than the cut-off are purged; pending ones stay', async () => {
      await enqueueMany(3);
      const [first] = await h.store.outbox.leaseDue('w1', t0, lease, 1);
      await h.store.outbox.markSent(first!.id, 'w1', null, t0);

      expect(await h.store.outbox.purgeSent(later(t0, 1))).toBe(1);
      expect(await h.store.outbox.get(first!.id)).toBeNull();
      expect((await h.store.outbox.backlog(t0)).pending).toBe(2);
    });
  });
}

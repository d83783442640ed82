import type { Callback } from '../../../bot/src/callbacks/callback';
import type { BookingLines } from '../../../bot/src/callbacks/callback-store';
import { agent, draft, newCallback, postCard } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

/**
 * The driver's code for a foreign key violation. Matched on the error's fields, not with
 * `rejects.toThrow()`: better-sqlite3's native addon is loaded once per jest worker and keeps the
 * SqliteError class of the first test file that loaded it, so in every later file of that worker
 * its errors are not Error objects to jest, and `toThrow()` reports "did not throw".
 */
const foreignKeyViolation = { sqlite: 'SQLITE_CONSTRAINT_FOREIGNKEY', postgres: '23503' } as const;

export function bookingScenarios(target: StoreTarget): void {
  describe('booking a callback', () => {
    const h = useStore(target);

    test('stores the callback with reference TB-1001, its first history line and its card post, together', async () => {
      const input = newCallback();
      const { callback, created } = await h.store.callbacks.bookCallback(input, postCard);

      expect(created).toBe(true);
      expect(callback).toMatchObject({
        reference: 'TB-1001',
        centerCode: 'CSO',
        status: 'open',
        holder: null,
        attempts: 0,
        version: 1,
        citizen: input.citizen,
        bookedAt: input.bookedAt,
        deadline: input.deadline,
      });
      expect(await h.store.callbacks.getCallback(callback.id)).toEqual(callback);
      expect(await h.store.callbacks.getByReference('tb 1001')).toEqual(callback);
      expect(await h.store.callbacks.events(callback.id)).toEqual([
        expect.objectContaining({
          version: 1,
          action: 'book',
          actor: input.bookedBy,
          fromStatus: null,
          toStatus: 'open',
        }),
      ]);
      const outbox = await h.store.outbox.listForCallback(callback.id);
      expect(outbox).toEqual([
        expect.objectContaining({
          kind: 'post_callback',
          callbackId: callback.id,
          status: 'pending',
          attempts: 0,
        }),
      ]);
    });

    test('when the outbox entry cannot be stored, the callback is not stored either and no reference is used up', async () => {
      const input = newCallback();
      // An outbox entry pointing at a callback that does not exist violates a foreign key.
      const broken = draft('post_callback:broken', input.bookedAt, { callbackId: 'no-such-callback' });

      await expect(h.store.callbacks.bookCallback(input, broken)).rejects.toMatchObject({
        code: foreignKeyViolation[target.name],
      });

      expect(await h.store.callbacks.countCallbacks({})).toBe(0);
      expect(await h.store.outbox.byDedupeKey('post_callback:broken')).toBeNull();
      const { callback } = await h.store.callbacks.bookCallback(input, postCard);
      expect(callback.reference).toBe('TB-1001');
    });

    test('its statistics line and access-log line are stored with it; a double click adds neither again', async () => {
      const input = newCallback();
      const lines = (c: Callback): BookingLines => ({
        inquiry: { at: c.bookedAt, kind: 'callback_booked', userId: agent.id, centerCode: c.centerCode },
        accessLog: {
          at: c.bookedAt,
          user: agent,
          action: 'change',
          callbackId: c.id,
          citizenKey: 'citizen-1',
          details: { what: 'booked', reference: c.reference },
        },
      });

      const { callback } = await h.store.callbacks.bookCallback(input, postCard, lines);
      await h.store.callbacks.bookCallback(input, postCard, lines);

      expect(await h.store.inquiries.countInquiries({ kinds: ['callback_booked'] })).toBe(1);
      expect(await h.store.accessLog.accessLogFor('citizen-1')).toEqual([
        expect.objectContaining({
          user: agent,
          action: 'change',
          callbackId: callback.id,
          details: { what: 'booked', reference: 'TB-1001' },
        }),
      ]);
    });

    test('when its access-log line cannot be stored, nothing of the booking is stored', async () => {
      const input = newCallback();
      // A user without an id breaks the access log's NOT NULL constraint.
      const broken = (c: Callback): BookingLines => ({
        inquiry: { at: c.bookedAt, kind: 'callback_booked', userId: agent.id },
        accessLog: { at: c.bookedAt, user: { id: null as unknown as string, name: 'x' }, action: 'change' },
      });

      await expect(h.store.callbacks.bookCallback(input, postCard, broken)).rejects.toBeDefined();

      expect(await h.store.callbacks.countCallbacks({})).toBe(0);
      expect(await h.store.inquiries.countInquiries({})).toBe(0);
      expect((await h.store.outbox.backlog(input.bookedAt)).pending).toBe(0);
    });

    test('a double click (same idempotency key) returns the first callback and sends nothing more', async () => {
      const input = newCallback();
      const first = await h.store.callbacks.bookCallback(input, postCard);
      const second = await h.store.callbacks.bookCallback({ ...input, topic: 'Andet emne' }, (c) =>
        draft(`another:${c.id}`, c.bookedAt),
      );

      expect(second).toEqual({ callback: first.callback, created: false });
      expect(await h.store.callbacks.countCallbacks({})).toBe(1);
      expect(await h.store.outbox.listForCallback(first.callback.id)).toHaveLength(1);
      expect(await h.store.callbacks.events(first.callback.id)).toHaveLength(1);
    });

    test('ten simultaneous bookings with the same key create one callback and one outbox entry', async () => {
      const input = newCallback();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          h.store.callbacks.bookCallback(input, (c) =>
            draft(`post:${input.idempotencyKey}:${i}`, c.bookedAt),
          ),
        ),
      );

      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.callback.id)).size).toBe(1);
      expect(await h.store.callbacks.countCallbacks({})).toBe(1);
      expect(await h.store.outbox.listForCallback(results[0]!.callback.id)).toHaveLength(1);
      expect((await h.store.outbox.backlog(input.bookedAt)).pending).toBe(1);
    });

    test('ten simultaneous same-key bookings from two instances still create exactly one callback', async () => {
      const other = await h.another();
      const input = newCallback();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? other : h.store).callbacks.bookCallback(input, postCard),
        ),
      );

      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.callback.reference))).toEqual(new Set(['TB-1001']));
      expect(await h.store.callbacks.countCallbacks({})).toBe(1);
    });

    test('fifty simultaneous bookings get fifty different references, TB-1001 to TB-1050', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, () => h.store.callbacks.bookCallback(newCallback(), postCard)),
      );

      const numbers = results
        .map((r) => Number(r.callback.reference.replace('TB-', '')))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => 1001 + i));
    });

    test('a center code with Ø (CØI) is stored, filtered and bound exactly', async () => {
      const { callback } = await h.store.callbacks.bookCallback(newCallback({ centerCode: 'CØI' }), postCard);
      await h.store.callbacks.bookCallback(newCallback({ centerCode: 'COI' }), postCard);

      expect(callback.centerCode).toBe('CØI');
      expect((await h.store.callbacks.listCallbacks({ centerCodes: ['CØI'] })).map((c) => c.id)).toEqual([
        callback.id,
      ]);
      expect((await h.store.callbacks.getCallback(callback.id))?.centerCode).toBe('CØI');
    });
  });
}

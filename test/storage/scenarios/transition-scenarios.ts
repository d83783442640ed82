import type { Callback, Person } from '../../../bot/src/callbacks/callback';
import type { CallbackEvent } from '../../../bot/src/callbacks/callback-action';
import type { AccessLogDraft } from '../../../bot/src/access-log/access-log-store';
import { claim, draft, later, minutes, newCallback, otherStaff, postCard, staff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const updateCard = (c: Callback, version: number, now: Date) =>
  draft(`update_card:${c.id}:${version}`, now, { kind: 'update_card' });

const changeLine = (c: Callback, user: Person, now: Date): AccessLogDraft => ({
  at: now,
  user,
  action: 'change',
  callbackId: c.id,
  citizenKey: 'citizen-1',
  details: { what: 'claim', reference: c.reference },
});

export function transitionScenarios(target: StoreTarget): void {
  describe('saving a transition', () => {
    const h = useStore(target);
    const book = async () => (await h.store.callbacks.bookCallback(newCallback(), postCard)).callback;

    test('a claim is stored with its history line and its card update, and the version goes up', async () => {
      const callback = await book();
      const now = later(callback.bookedAt, minutes(5));
      const { updated, event } = claim(callback, staff, now);

      expect(
        await h.store.callbacks.saveTransition(updated, callback.version, event, [
          updateCard(callback, 2, now),
        ]),
      ).toBe(true);

      expect(await h.store.callbacks.getCallback(callback.id)).toEqual({ ...updated, version: 2 });
      const history = await h.store.callbacks.events(callback.id);
      expect(history.map((e) => [e.version, e.action, e.actor.id])).toEqual([
        [1, 'book', callback.bookedBy.id],
        [2, 'claim', staff.id],
      ]);
      expect(history[1]?.at).toEqual(now);
      const kinds = (await h.store.outbox.listForCallback(callback.id)).map((e) => e.kind);
      expect(kinds).toEqual(['post_callback', 'update_card']);
    });

    test('when two people claim at the same moment, exactly one of them gets it', async () => {
      const callback = await book();
      const now = later(callback.bookedAt, minutes(5));
      const other = await h.another();
      const attempts = [
        { store: h.store, ...claim(callback, staff, now) },
        { store: other, ...claim(callback, otherStaff, now) },
      ];

      const saved = await Promise.all(
        attempts.map((a) =>
          a.store.callbacks.saveTransition(a.updated, callback.version, a.event, [
            updateCard(callback, 2, now),
          ]),
        ),
      );

      expect(saved.filter(Boolean)).toHaveLength(1);
      const winner = saved[0] ? staff : otherStaff;
      expect((await h.store.callbacks.getCallback(callback.id))?.holder).toEqual(winner);
      expect(await h.store.callbacks.events(callback.id)).toHaveLength(2);
      expect(await h.store.outbox.listForCallback(callback.id)).toHaveLength(2);
    });

    test('a save based on an old version changes nothing, sends nothing and logs nothing', async () => {
      const callback = await book();
      const first = claim(callback, staff, later(callback.bookedAt, minutes(1)));
      await h.store.callbacks.saveTransition(first.updated, 1, first.event, [], {
        accessLog: [changeLine(callback, staff, first.event.at)],
      });
      const stale = claim(callback, otherStaff, later(callback.bookedAt, minutes(2)));

      expect(
        await h.store.callbacks.saveTransition(
          stale.updated,
          1,
          stale.event,
          [updateCard(callback, 9, stale.event.at)],
          { accessLog: [changeLine(callback, otherStaff, stale.event.at)] },
        ),
      ).toBe(false);

      expect((await h.store.callbacks.getCallback(callback.id))?.holder).toEqual(staff);
      expect(await h.store.outbox.byDedupeKey(`update_card:${callback.id}:9`)).toBeNull();
      // Only the change that was saved is in the access log.
      expect((await h.store.accessLog.accessLogFor('citizen-1')).map((e) => e.user)).toEqual([staff]);
    });

    test('a move stores the moved callback and its successor at the new center in one go', async () => {
      const callback = await book();
      const now = later(callback.bookedAt, minutes(10));
      const successorReference = await h.store.callbacks.nextReference();
      const moved: Callback = {
        ...callback,
        status: 'moved',
        citizen: null,
        movedTo: successorReference,
        closedAt: now,
      };
      const successor = {
        ...callback,
        id: 'successor-of-' + callback.id,
        reference: successorReference,
        centerCode: 'CØI',
        movedFrom: callback.reference,
        bookedAt: now,
        deadline: later(now, minutes(60 * 48)),
      };
      const event: CallbackEvent = {
        callbackId: callback.id,
        at: now,
        actor: staff,
        action: 'move',
        fromStatus: 'open',
        toStatus: 'moved',
        details: { toCenterCode: 'CØI', movedTo: successorReference },
      };
      const postSuccessor = draft(`post_callback:${successor.id}`, now, { callbackId: successor.id });

      expect(await h.store.callbacks.saveTransition(moved, 1, event, [postSuccessor], { successor })).toBe(
        true,
      );

      expect(successorReference).toBe('TB-1002');
      expect(await h.store.callbacks.getByReference(callback.reference)).toMatchObject({
        status: 'moved',
        citizen: null,
      });
      expect(await h.store.callbacks.getByReference(successorReference)).toEqual({
        ...successor,
        version: 1,
      });
      expect(await h.store.callbacks.events(successor.id)).toEqual([
        expect.objectContaining({
          action: 'book',
          actor: staff,
          details: { centerCode: 'CØI', movedFrom: callback.reference },
        }),
      ]);
      expect((await h.store.outbox.listForCallback(successor.id)).map((e) => e.dedupeKey)).toEqual([
        postSuccessor.dedupeKey,
      ]);
    });
  });
}

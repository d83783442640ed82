import type { Callback } from '../../../bot/src/callbacks/callback';
import { at, claim, close, newCallback, postCard, staff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

export function retentionScenarios(target: StoreTarget): void {
  describe('retention of citizen data', () => {
    const h = useStore(target);

    /** Books, claims and closes a callback, returning it as stored. */
    async function closedAt(closed: Date, name: string): Promise<Callback> {
      const citizen = { name, phone: '11223344', description: 'Spørger om boligstøtte' };
      const { callback } = await h.store.callbacks.bookCallback(newCallback({ citizen }), postCard);
      const claimed = claim(callback, staff, closed);
      await h.store.callbacks.saveTransition(claimed.updated, 1, claimed.event, []);
      const done = close({ ...claimed.updated, version: 2 }, closed);
      await h.store.callbacks.saveTransition(done.updated, 2, done.event, []);
      return (await h.store.callbacks.getCallback(callback.id))!;
    }

    test('removes name, phone and description from callbacks closed before the cut-off and keeps the statistics', async () => {
      const old = await closedAt(at('2026-09-01T12:00:00Z'), 'Gammel Borger');
      const recent = await closedAt(at('2026-10-05T12:00:00Z'), 'Ny Borger');
      const { callback: open } = await h.store.callbacks.bookCallback(newCallback(), postCard);
      const now = at('2026-10-10T02:00:00Z');

      expect(await h.store.callbacks.eraseCitizenData(at('2026-09-10T00:00:00Z'), now)).toBe(1);

      const erased = await h.store.callbacks.getCallback(old.id);
      expect(erased).toEqual({ ...old, citizen: null, version: old.version + 1 });
      expect(erased).toMatchObject({
        centerCode: 'CSO',
        topic: 'Hjemmehjælp',
        outcome: 'resolved',
        closedAt: old.closedAt,
      });
      expect((await h.store.callbacks.getCallback(recent.id))?.citizen?.name).toBe('Ny Borger');
      expect((await h.store.callbacks.getCallback(open.id))?.citizen).not.toBeNull();
      expect((await h.store.callbacks.events(old.id)).at(-1)).toMatchObject({ action: 'erase', at: now });
      expect(await h.store.callbacks.listCallbacks({ text: 'gammel borger' })).toEqual([]);
      expect(await h.store.callbacks.eraseCitizenData(at('2026-09-10T00:00:00Z'), now)).toBe(0);
    });

    test('a change decided on the data from before the erasure cannot write the citizen back', async () => {
      const old = await closedAt(at('2026-09-01T12:00:00Z'), 'Gammel Borger');
      await h.store.callbacks.eraseCitizenData(at('2026-09-10T00:00:00Z'), at('2026-10-10T02:00:00Z'));
      const reopened: Callback = { ...old, status: 'open', holder: null, closedAt: null, outcome: null };
      const event = {
        callbackId: old.id,
        at: at('2026-10-10T02:00:01Z'),
        actor: staff,
        action: 'reopen' as const,
        fromStatus: 'closed' as const,
        toStatus: 'open' as const,
        details: {},
      };

      expect(await h.store.callbacks.saveTransition(reopened, old.version, event, [])).toBe(false);
      expect((await h.store.callbacks.getCallback(old.id))?.citizen).toBeNull();
    });
  });
}

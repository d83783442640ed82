import type { CallbackFilter } from '../../../bot/src/callbacks/callback-store';
import { at, claim, close, later, minutes, newCallback, postCard, staff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

export function listingScenarios(target: StoreTarget): void {
  describe('listing callbacks', () => {
    // Read-only table tests share one database with four callbacks:
    // TB-1001 CSO open, TB-1002 CØI open (another agent), TB-1003 CSO claimed, TB-1004 CSO closed.
    const h = useStore(target, { shared: true });
    const colleague = { id: 'aad-agent-2', name: 'Kalle Kollega' };

    beforeAll(async () => {
      const book = async (overrides: Parameters<typeof newCallback>[0]) =>
        (await h.store.callbacks.bookCallback(newCallback(overrides), postCard)).callback;
      const day = (d: number, hour: number) => at(`2026-09-0${d}T${String(hour).padStart(2, '0')}:00:00Z`);
      await book({ topic: 'Hjemmehjælp', bookedAt: day(1, 8), deadline: day(2, 8) });
      await book({
        centerCode: 'CØI',
        topic: 'Ændring af skattekort',
        citizen: { name: 'Åse Ærø', phone: '87654321', description: 'Spørger om 100%_fradrag' },
        bookedBy: colleague,
        bookedAt: day(2, 9),
        deadline: day(4, 9),
      });
      const claimed = await book({ topic: 'Madservice', bookedAt: day(3, 10), deadline: day(5, 10) });
      const c = claim(claimed, staff, later(claimed.bookedAt, minutes(1)));
      await h.store.callbacks.saveTransition(c.updated, 1, c.event, []);
      // Booked first and past its deadline, but closed: never overdue.
      const done = await book({
        topic: 'Parkeringstilladelse',
        bookedAt: at('2026-08-31T08:00:00Z'),
        deadline: day(1, 8),
      });
      const d1 = claim(done, staff, later(done.bookedAt, minutes(1)));
      await h.store.callbacks.saveTransition(d1.updated, 1, d1.event, []);
      const d2 = close(d1.updated, later(done.bookedAt, minutes(2)));
      await h.store.callbacks.saveTransition(d2.updated, 2, d2.event, []);
    });

    test.each<[string, CallbackFilter, string[]]>([
      ['everything, newest booking first', {}, ['TB-1003', 'TB-1002', 'TB-1001', 'TB-1004']],
      ['one center', { centerCodes: ['CSO'] }, ['TB-1003', 'TB-1001', 'TB-1004']],
      ['the center with Ø', { centerCodes: ['CØI'] }, ['TB-1002']],
      ['no centers at all', { centerCodes: [] }, []],
      ['by status', { statuses: ['claimed', 'closed'] }, ['TB-1003', 'TB-1004']],
      ['booked by one agent', { bookedById: colleague.id }, ['TB-1002']],
      ['held by a staff member (also after closing)', { holderId: staff.id }, ['TB-1003', 'TB-1004']],
      [
        'overdue at a moment: open or claimed, deadline passed',
        { overdueAt: at('2026-09-04T12:00:00Z') },
        ['TB-1002', 'TB-1001'],
      ],
      [
        'booked in a period (from inclusive, to exclusive)',
        { from: at('2026-09-02T09:00:00Z'), to: at('2026-09-03T10:00:00Z') },
        ['TB-1002'],
      ],
      ['text in the topic, any case, with æøå', { text: 'æNDRING' }, ['TB-1002']],
      ["text in the citizen's name", { text: 'åse ærø' }, ['TB-1002']],
      ['the phone number', { text: '87654321' }, ['TB-1002']],
      ['the reference', { text: 'tb-1003' }, ['TB-1003']],
      ['% and _ are plain characters, not wildcards', { text: '100%_f' }, ['TB-1002']],
      ['a lone % finds only text that contains a %', { text: '%' }, ['TB-1002']],
      ['a page', { limit: 2, offset: 1 }, ['TB-1002', 'TB-1001']],
    ])('%s', async (_name, filter, expected) => {
      expect((await h.store.callbacks.listCallbacks(filter)).map((c) => c.reference)).toEqual(expected);
      const { limit, offset: _offset, ...countable } = filter;
      if (limit === undefined)
        expect(await h.store.callbacks.countCallbacks(countable)).toBe(expected.length);
    });
  });
}

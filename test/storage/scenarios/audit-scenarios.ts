import type { InquiryFilter } from '../../../bot/src/inquiries/inquiry-store';
import { agent, at, staff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

export function auditScenarios(target: StoreTarget): void {
  describe('statistics and the access log', () => {
    describe('inquiries', () => {
      const shared = useStore(target, { shared: true });
      beforeAll(async () => {
        const record = shared.store.inquiries.recordInquiry.bind(shared.store.inquiries);
        await record({
          at: at('2026-09-01T08:00:00Z'),
          kind: 'search',
          userId: agent.id,
          queryNormalized: 'gult kort',
          hitCount: 3,
        });
        await record({
          at: at('2026-09-01T08:01:00Z'),
          kind: 'solved_on_call',
          userId: agent.id,
          guideId: 'sundhedskort',
          centerCode: 'CBAK',
        });
        await record({
          at: at('2026-09-02T08:00:00Z'),
          kind: 'search',
          userId: 'aad-agent-2',
          queryNormalized: 'xyz',
          hitCount: 0,
        });
        await record({
          at: at('2026-09-02T09:00:00Z'),
          kind: 'callback_booked',
          userId: agent.id,
          centerCode: 'CØI',
        });
        for (const [time, referral] of [
          ['2026-09-02T10:00:00Z', 'henvis-skat'],
          ['2026-09-02T11:00:00Z', 'henvis-politiet'],
          ['2026-09-03T10:00:00Z', 'henvis-skat'],
        ] as const)
          await record({ at: at(time), kind: 'referred', userId: agent.id, guideId: referral });
      });

      test.each<[string, InquiryFilter, number]>([
        ['all', {}, 7],
        ['searches', { kinds: ['search'] }, 2],
        ['solved on the call or booked', { kinds: ['solved_on_call', 'callback_booked'] }, 2],
        ['for CØI', { centerCodes: ['CØI'] }, 1],
        ['by one agent', { userId: agent.id }, 6],
        ['on 1 September', { from: at('2026-09-01T00:00:00Z'), to: at('2026-09-02T00:00:00Z') }, 2],
        ['of no kind', { kinds: [] }, 0],
      ])('counts %s', async (_name, filter, expected) => {
        expect(await shared.store.inquiries.countInquiries(filter)).toBe(expected);
      });

      test('referrals are counted per referral, most first, within the period', async () => {
        const inquiries = shared.store.inquiries;
        expect(await inquiries.countPerGuide({ kinds: ['referred'] })).toEqual([
          { guideId: 'henvis-skat', count: 2 },
          { guideId: 'henvis-politiet', count: 1 },
        ]);
        const secondOfSeptember = { from: at('2026-09-02T00:00:00Z'), to: at('2026-09-03T00:00:00Z') };
        expect(await inquiries.countPerGuide({ kinds: ['referred'], ...secondOfSeptember })).toEqual([
          { guideId: 'henvis-politiet', count: 1 },
          { guideId: 'henvis-skat', count: 1 },
        ]);
      });
    });

    describe('access log', () => {
      const h = useStore(target);

      test("a citizen's access log lists every access to their data, oldest first, and nobody else's", async () => {
        await h.store.accessLog.logAccess({
          at: at('2026-09-01T10:00:00Z'),
          user: staff,
          action: 'read',
          callbackId: 'cb-1',
          citizenKey: 'key-jens',
        });
        await h.store.accessLog.logAccess({
          at: at('2026-09-01T09:00:00Z'),
          user: agent,
          action: 'change',
          callbackId: 'cb-1',
          citizenKey: 'key-jens',
          details: { field: 'phone' },
        });
        await h.store.accessLog.logAccess({
          at: at('2026-09-01T11:00:00Z'),
          user: staff,
          action: 'read',
          callbackId: 'cb-2',
          citizenKey: 'key-åse',
        });
        await h.store.accessLog.logAccess({
          at: at('2026-09-01T12:00:00Z'),
          user: staff,
          action: 'search',
          details: { hits: 2 },
        });

        const log = await h.store.accessLog.accessLogFor('key-jens');

        expect(log.map((e) => [e.at.toISOString(), e.user.name, e.action, e.callbackId, e.details])).toEqual([
          ['2026-09-01T09:00:00.000Z', agent.name, 'change', 'cb-1', { field: 'phone' }],
          ['2026-09-01T10:00:00.000Z', staff.name, 'read', 'cb-1', null],
        ]);
        expect(await h.store.accessLog.accessLogFor('key-åse')).toHaveLength(1);
      });

      test('purging the access log removes only entries older than the retention cut-off', async () => {
        await h.store.accessLog.logAccess({
          at: at('2025-01-01T10:00:00Z'),
          user: staff,
          action: 'export',
          citizenKey: 'key-jens',
        });
        await h.store.accessLog.logAccess({
          at: at('2026-09-01T10:00:00Z'),
          user: staff,
          action: 'read',
          citizenKey: 'key-jens',
        });

        expect(await h.store.accessLog.purgeAccessLog(at('2026-01-01T00:00:00Z'))).toBe(1);
        expect((await h.store.accessLog.accessLogFor('key-jens')).map((e) => e.action)).toEqual(['read']);
      });
    });
  });
}

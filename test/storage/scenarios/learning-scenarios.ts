import { chatKeyOf } from '../../../bot/src/learning/chat-key';
import { learnedFrom } from '../../../bot/src/learning/suggestion-rule';
import {
  decideKeyword,
  listSuggestions,
  type KeywordSuggestionDeps,
} from '../../../bot/src/learning/keyword-suggestions';
import { noticeGuideUse } from '../../../bot/src/learning/notice-guide-use';
import { noticeSearch } from '../../../bot/src/learning/notice-search';
import type { GuideCatalog } from '../../../bot/src/guides/guide-catalog';
import type { Center } from '../../../bot/src/centers/center';
import { createMemoryLogger } from '../../../bot/src/shared/logger';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const t0 = new Date('2026-11-27T09:00:00Z').getTime();

export function learningScenarios(target: StoreTarget): void {
  describe('learning from the agents’ searches', () => {
    const h = useStore(target);
    let clock = t0;
    const deps = () => ({ learning: h.store.learning, now: () => new Date(clock) });
    const searchThenUse = async (
      userId: string,
      chat: string,
      query: string,
      shown: string[],
      guideId: string,
    ) => {
      await noticeSearch(deps(), { userId, conversationId: chat, query, shown });
      clock += 30_000;
      return noticeGuideUse(deps(), { userId, conversationId: chat, guideId, use: 'opened' });
    };
    const keywordDeps = (): KeywordSuggestionDeps => ({
      learning: h.store.learning,
      adminLog: h.store.adminLog,
      catalog: () =>
        ({ get: (id: string) => ({ id, center: 'CBAK', title: id }) }) as unknown as GuideCatalog,
      centers: () => [{ code: 'CBAK' }, { code: 'CSO' }] as Center[],
      now: () => new Date(clock),
      logger: createMemoryLogger('error'),
      refreshLearned: () => Promise.resolve(),
    });
    const coordinator = { id: 'k', name: 'Karin', roles: ['coordinator' as const], centerCodes: [] };

    test('a use pairs the open searches of that agent and chat once, and closes them', async () => {
      expect(await searchThenUse('a', 'chat-1', 'gul bevis', [], 'g1')).toBe(1);
      // The same use again: the search is closed, nothing more.
      expect(
        await noticeGuideUse(deps(), { userId: 'a', conversationId: 'chat-1', guideId: 'g1', use: 'solved' }),
      ).toBe(0);
      // Another chat of the same agent and another agent in the same chat are not paired.
      await noticeSearch(deps(), { userId: 'a', conversationId: 'chat-2', query: 'gul bevis', shown: [] });
      expect(
        await noticeGuideUse(deps(), { userId: 'b', conversationId: 'chat-1', guideId: 'g1', use: 'opened' }),
      ).toBe(0);
      expect((await h.store.learning.pairs()).map((p) => [p.userId, p.words, p.guideId])).toEqual([
        ['a', 'gul bevis', 'g1'],
      ]);
    });

    test('searches older than the window are not paired', async () => {
      await noticeSearch(deps(), { userId: 'a', conversationId: 'chat-1', query: 'gul bevis', shown: [] });
      clock += 6 * 60_000;
      expect(
        await noticeGuideUse(deps(), { userId: 'a', conversationId: 'chat-1', guideId: 'g1', use: 'opened' }),
      ).toBe(0);
    });

    test('decisions are ordered and versioned across instances; staff may not decide', async () => {
      await searchThenUse('a', 'chat-1', 'gul bevis', [], 'g1');
      await searchThenUse('b', 'chat-9', 'gul bevis', ['g7'], 'g1');
      const [suggestion] = await listSuggestions(keywordDeps(), coordinator);
      expect(suggestion).toMatchObject({ query: 'gul bevis', guideId: 'g1', agents: 2, times: 2 });

      const staff = { id: 's', name: 'Søren', roles: ['center-staff' as const], centerCodes: ['CBAK'] };
      await expect(decideKeyword(keywordDeps(), staff, suggestion!.id, 'accepted')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });

      const other = await h.another();
      const before = await other.learning.decisionsVersion();
      // In the same millisecond: the removal still comes after the acceptance.
      await decideKeyword(keywordDeps(), coordinator, suggestion!.id, 'accepted');
      await decideKeyword(keywordDeps(), coordinator, suggestion!.id, 'removed');
      expect(learnedFrom(await other.learning.decisions())).toEqual([]);
      const after = await other.learning.decisionsVersion();
      expect(after).not.toBe(before);
      expect((await other.learning.decisions()).map((d) => d.decision)).toEqual(['accepted', 'removed']);
      expect(
        (await h.store.adminLog.adminChanges({ limit: 5, offset: 0 })).entries.map((e) => e.action).sort(),
      ).toEqual(['keyword.accepted', 'keyword.removed']);
    });

    test('retention erases pairs before the cut-off', async () => {
      await searchThenUse('a', 'chat-1', 'gul bevis', [], 'g1');
      expect(await h.store.learning.erasePairs(new Date(clock + 1))).toBe(1);
      expect(await h.store.learning.pairs()).toEqual([]);
      // The searches themselves are forgotten once past the pairing window.
      expect(await h.store.learning.forgetSearches(new Date(clock + 1))).toBe(1);
      expect(await h.store.learning.openSearches('a', chatKeyOf('chat-1'), new Date(0))).toEqual([]);
    });
  });
}

import type { KeywordDecision, KeywordPair } from '../../bot/src/learning/keyword-learning';
import { learnedFrom, suggestionId, suggestionsFrom } from '../../bot/src/learning/suggestion-rule';
import { keywordsLine, withLearnedKeywords } from '../../bot/src/learning/with-learned-keywords';
import type { Guide } from '../../bot/src/guides/guide';

let n = 0;
const pair = (words: string, guideId: string, userId: string, day = 1): KeywordPair => ({
  searchId: `s${++n}`,
  at: new Date(`2026-11-0${day}T09:00:00Z`),
  userId,
  words,
  guideId,
  use: 'opened',
});
const coordinator = { id: 'aad-koordinator', name: 'Karin' };
const decision = (
  words: string,
  guideId: string,
  kind: KeywordDecision['decision'],
  minute: number,
): KeywordDecision => ({
  id: suggestionId(words, guideId),
  words,
  guideId,
  decision: kind,
  by: coordinator,
  at: new Date(Date.UTC(2026, 10, 27, 10, minute)),
});

describe('suggestions from the agents’ pairs', () => {
  test.each<[string, KeywordPair[], { query: string; agents: number; times: number }[]]>([
    [
      'one agent, however often: never (it may be a citizen’s name)',
      [pair('jensen', 'g1', 'a'), pair('jensen', 'g1', 'a', 2)],
      [],
    ],
    [
      'two agents, the same words and guide',
      [pair('gul bevis', 'g1', 'a'), pair('gul bevis', 'g1', 'b', 2)],
      [{ query: 'gul bevis', agents: 2, times: 2 }],
    ],
    [
      'two agents, the same words, different guides',
      [pair('gul bevis', 'g1', 'a'), pair('gul bevis', 'g2', 'b')],
      [],
    ],
    [
      'most agents first',
      [
        pair('kort væk', 'g1', 'a'),
        pair('kort væk', 'g1', 'b'),
        pair('gul bevis', 'g1', 'a'),
        pair('gul bevis', 'g1', 'b'),
        pair('gul bevis', 'g1', 'c'),
      ],
      [
        { query: 'gul bevis', agents: 3, times: 3 },
        { query: 'kort væk', agents: 2, times: 2 },
      ],
    ],
  ])('%s', (_name, pairs, expected) => {
    expect(suggestionsFrom(pairs, []).map(({ query, agents, times }) => ({ query, agents, times }))).toEqual(
      expected,
    );
  });

  test('a decided suggestion (accepted, rejected or removed) is not suggested again', () => {
    const pairs = [pair('gul bevis', 'g1', 'a'), pair('gul bevis', 'g1', 'b')];
    for (const kind of ['accepted', 'rejected', 'removed'] as const)
      expect(suggestionsFrom(pairs, [decision('gul bevis', 'g1', kind, 0)])).toEqual([]);
  });

  test('a guide no longer in the knowledge base (or not the viewer’s) is not suggested', () => {
    const pairs = [pair('gul bevis', 'g1', 'a'), pair('gul bevis', 'g1', 'b')];
    expect(suggestionsFrom(pairs, [], (id) => id !== 'g1')).toEqual([]);
  });

  test('ids are letters only and stable for the same words and guide', () => {
    expect(suggestionId('gul bevis', 'g1')).toMatch(/^[a-zA-Z]{10,}$/);
    expect(suggestionId('gul bevis', 'g1')).toBe(suggestionId('gul bevis', 'g1'));
    expect(suggestionId('gul bevis', 'g1')).not.toBe(suggestionId('gul bevis', 'g2'));
  });
});

describe('the keywords in force', () => {
  test('the latest decision per suggestion counts: accepted, then removed, is gone; accepted again is back', () => {
    const accepted = decision('gul bevis', 'g1', 'accepted', 0);
    const removed = decision('gul bevis', 'g1', 'removed', 1);
    const again = decision('gul bevis', 'g1', 'accepted', 2);
    expect(learnedFrom([accepted]).map((k) => k.words)).toEqual(['gul bevis']);
    expect(learnedFrom([removed, accepted])).toEqual([]);
    expect(learnedFrom([accepted, removed, again]).map((k) => k.words)).toEqual(['gul bevis']);
  });

  test('learned keywords join the guide’s own, once, and make a line to paste into its file', () => {
    const guide = { id: 'g1', keywords: ['sundhedskort', 'gult kort'] } as Guide;
    const learned = learnedFrom([
      decision('gul bevis', 'g1', 'accepted', 0),
      decision('gult kort', 'g1', 'accepted', 1),
    ]);
    expect(withLearnedKeywords([guide], learned)[0]!.keywords).toEqual([
      'sundhedskort',
      'gult kort',
      'gul bevis',
    ]);
    expect(keywordsLine(guide, learned)).toBe('keywords: [sundhedskort, gult kort, gul bevis]');
  });
});

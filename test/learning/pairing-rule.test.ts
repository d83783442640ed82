import type { RecentSearch } from '../../bot/src/learning/keyword-learning';
import { pairingWindowMs, pairsForUse } from '../../bot/src/learning/pairing-rule';

const t0 = new Date('2026-11-27T09:00:00Z').getTime();
const at = (seconds: number) => new Date(t0 + seconds * 1000);
const search = (
  id: string,
  seconds: number,
  words: string,
  shown: string[],
  who = 'agent-a',
  chat = 'chat-a',
): RecentSearch => ({
  id,
  at: at(seconds),
  userId: who,
  chat,
  words,
  shown,
});
const use = (seconds: number, guideId = 'sundhedskort', who = 'agent-a', chat = 'chat-a') => ({
  at: at(seconds),
  userId: who,
  chat,
  guideId,
  use: 'opened' as const,
});
const wordsOf = (recent: RecentSearch[], u: ReturnType<typeof use>) =>
  pairsForUse(recent, u).map((p) => p.words);

describe('which searches a use of a guide pairs with', () => {
  test.each<[string, RecentSearch[], ReturnType<typeof use>, string[]]>([
    [
      'a search that found nothing, then the guide opened',
      [search('s1', 0, 'det gule', [])],
      use(60),
      ['det gule'],
    ],
    [
      'a search that showed other guides only',
      [search('s1', 0, 'gul bevis', ['valgkort'])],
      use(60),
      ['gul bevis'],
    ],
    [
      'a search that showed the guide: it needed no help',
      [search('s1', 0, 'sundhedskort', ['sundhedskort'])],
      use(60),
      [],
    ],
    [
      'a failed search, then one that showed it (the agent reformulated): the failed words are learned',
      [search('s1', 0, 'gul bevis', []), search('s2', 30, 'sundhedskort', ['sundhedskort'])],
      use(60),
      ['gul bevis'],
    ],
    [
      'two failed searches before the one that worked: both',
      [
        search('s1', 0, 'gul bevis', []),
        search('s2', 20, 'kort mistet', ['valgkort']),
        search('s3', 40, 'sundhedskort', ['sundhedskort']),
      ],
      use(60),
      ['gul bevis', 'kort mistet'],
    ],
    ['older than the window', [search('s1', 0, 'gul bevis', [])], use(pairingWindowMs / 1000 + 1), []],
    [
      'at the edge of the window',
      [search('s1', 0, 'gul bevis', [])],
      use(pairingWindowMs / 1000),
      ['gul bevis'],
    ],
    ['another agent', [search('s1', 0, 'gul bevis', [], 'agent-b')], use(60), []],
    ['another chat of the same agent', [search('s1', 0, 'gul bevis', [], 'agent-a', 'chat-b')], use(60), []],
    ['a search after the use', [search('s1', 90, 'gul bevis', [])], use(60), []],
    ['nothing left of the words after masking', [search('s1', 0, '', [])], use(60), []],
  ])('%s', (_name, recent, u, expected) => {
    expect(wordsOf(recent, u)).toEqual(expected);
  });

  test('the pair names the search, the agent, the guide and how it was used', () => {
    expect(pairsForUse([search('s1', 0, 'gul bevis', [])], { ...use(60), use: 'booked' })).toEqual([
      {
        searchId: 's1',
        at: at(60),
        userId: 'agent-a',
        words: 'gul bevis',
        guideId: 'sundhedskort',
        use: 'booked',
      },
    ]);
  });
});

import { maxShown, shownHits, type RankedHit } from '../../bot/src/guides/search/shown';

const hit = (id: string, score: number, confidence: number) => ({ id, score, confidence });
const ids = (hits: (RankedHit & { id: string })[]) => shownHits(hits).map((h) => h.id);

describe('which guides the results card shows (shownHits)', () => {
  test.each([
    ['no hits: nothing', [], []],
    ['the best hit is always shown, whatever its own score', [hit('a', 0.35, 0.35)], ['a']],
    [
      'a close second that is an answer on its own is shown',
      [hit('a', 1, 1), hit('b', 0.9, 0.8)],
      ['a', 'b'],
    ],
    [
      'a neighbour far below the best is left out ("gult kort" → not "Flytning til udlandet" at 0.58)',
      [hit('sundhedskort', 1, 1), hit('udrejse', 0.58, 0.7), hit('valgkort', 0.54, 0.6)],
      ['sundhedskort'],
    ],
    [
      'a close score is not enough: the abstention rule must accept the guide on its own',
      [hit('a', 1, 1), hit('b', 0.95, 0)],
      ['a'],
    ],
    ['exactly 70 % of the best is still close enough', [hit('a', 0.8, 0.8), hit('b', 0.56, 0.5)], ['a', 'b']],
    [
      'a plausible third is shown even when the second is not',
      [hit('a', 1, 1), hit('b', 0.9, 0), hit('c', 0.8, 0.7)],
      ['a', 'c'],
    ],
    [
      `never more than ${maxShown}, in the order of the search`,
      [hit('a', 1, 1), hit('b', 0.99, 1), hit('c', 0.98, 1), hit('d', 0.97, 1)],
      ['a', 'b', 'c'],
    ],
  ])('%s', (_, hits, expected) => {
    expect(ids(hits)).toEqual(expected);
  });
});

import { chooseAnswer, secondChance } from '../../bot/src/guides/search/second-chance';

/** Candidates best first (doc, raw score) and each one's own confidence as the answer. */
const answer = (candidates: [number, number][], own: Record<number, number>) => {
  const chosen = chooseAnswer(
    candidates.map(([doc, raw]) => ({ doc, raw })),
    (doc) => own[doc] ?? 0,
  );
  return chosen && { order: chosen.ranked.map((c) => c.doc), confidence: chosen.confidence };
};

describe('which guide answers when the best-scoring one would not (chooseAnswer)', () => {
  test.each([
    ['nothing found: no answer', [], {}, null],
    [
      'the best one answers: order kept',
      [
        [1, 10],
        [2, 9],
      ],
      { 1: 0.5, 2: 0.9 },
      { order: [1, 2], confidence: 0.5 },
    ],
    [
      'the best one is no answer, the next clearly is ("pas til baby"): it comes first',
      [
        [1, 10],
        [2, 9],
        [3, 8],
      ],
      { 1: 0, 2: 0.93 },
      { order: [2, 1, 3], confidence: 0.93 },
    ],
    [
      'a further candidate at the margin of the rule is no answer: an unanswerable question stays empty',
      [
        [1, 10],
        [2, 9],
      ],
      { 1: 0, 2: secondChance.minConfidence },
      null,
    ],
    [
      'one scoring under half the best is not considered',
      [
        [1, 10],
        [2, 4.9],
      ],
      { 1: 0, 2: 1 },
      null,
    ],
    [
      `only the first ${secondChance.depth} places are considered`,
      [
        [1, 10],
        [2, 10],
        [3, 10],
        [4, 10],
        [5, 10],
        [6, 10],
      ],
      { 6: 1 },
      null,
    ],
  ])('%s', (_, candidates, own, expected) => {
    expect(answer(candidates as [number, number][], own as Record<number, number>)).toEqual(expected);
  });
});

import { confidenceOf, type Evidence } from '../../bot/src/guides/search/confidence';
import { buildGuideIndex } from '../../bot/src/guides/search/guide-index';
import { guideOf } from '../support/guide-of';

/**
 * A short query must name the guide it gets: one of its ideas in the guide's title, keywords or
 * id. A word the guide only mentions, even in its short answer, is a neighbouring matter
 * ("forskudsopgørelse" in the property-tax guide), which is how unanswerable questions got an
 * answer (decision 0060).
 */
const index = buildGuideIndex(
  [
    guideOf(
      'ejendomsskat',
      'Ejendomsskat',
      'Ejendomsskatten opkræves i januar og juli. Ændringer i forskudsopgørelsen laves på skat.dk.',
    ),
    {
      ...guideOf('boligstoette', 'Boligstøtte', 'Boligstøtte søges hos Udbetaling Danmark.'),
      keywords: ['huslejetilskud'],
    },
    guideOf('ungevejledning', 'Vejledning om uddannelse for unge', 'Ungevejledningen hjælper unge under 25.'),
    guideOf('sundhedskort', 'Sundhedskort', 'Et nyt sundhedskort bestilles på borger.dk.'),
  ],
  { groups: [], meanings: [] },
);
const ids = (query: string) => index.search(query).map((h) => h.guide.id);

describe('a short query must name the guide it gets', () => {
  test.each([
    ['forskudsopgørelse', 'only in the short answer of the property-tax guide'],
    ['ændre forskudsopgørelse', 'two words, the topic only mentioned'],
    ['forskudsopgørelse udbetaling danmark skat', 'four words, each only mentioned'],
  ])('"%s" gets no guide (%s)', (query) => {
    expect(ids(query)).toEqual([]);
  });

  test.each([
    ['ejendomsskat', 'ejendomsskat', 'the title'],
    ['huslejetilskud', 'boligstoette', 'a keyword'],
    ['ungevejledning', 'ungevejledning', 'the id'],
    ['ejendomsskat forskudsopgørelse', 'ejendomsskat', 'the title, beside a word it mentions'],
  ])('"%s" finds %s, named by %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });
});

describe('the rule (confidenceOf)', () => {
  const clear: Evidence = { coverage: 1, prominence: 1, named: 1, concepts: 1, typedWords: 1 };
  test.each([
    ['named, one word', true, clear],
    ['not named, one word', false, { ...clear, named: 0 }],
    ['not named, eight words', false, { ...clear, named: 0, typedWords: 8 }],
    // A caller's longer sentence names the matter in passing; its other words are not the topic.
    ['not named, nine words', true, { ...clear, named: 0, typedWords: 9 }],
    ['named by a minor part of the question', true, { ...clear, named: 0.1, coverage: 0.7, prominence: 0.5 }],
    // Five words are still keywords: half of them unanswered is no answer. Six are a sentence.
    ['five words, half covered', false, { ...clear, coverage: 0.45, prominence: 0.45, typedWords: 5 }],
    ['six words, half covered', true, { ...clear, coverage: 0.45, prominence: 0.45, typedWords: 6 }],
  ])('%s: answered %s', (_, answered, evidence) => {
    expect(confidenceOf(evidence) > 0).toBe(answered);
  });
});

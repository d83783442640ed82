import { Decompounder } from '../../bot/src/guides/search/decompound';
import { boundedDistance } from '../../bot/src/shared/edit-distance';
import { allowedEdits, correct } from '../../bot/src/guides/search/typo';
import { Vocabulary } from '../../bot/src/guides/search/vocabulary';
import { termKey } from '../../bot/src/guides/search/analyzer';

const words =
  'affald spand sundhed pleje plejerske ske skole bus kort skolebus ældre hjemme hjælp mitid midt mind';
const vocabulary = new Vocabulary();
for (const w of words.split(' ')) vocabulary.add(w);
vocabulary.add('buskort', 0); // only in the lexicon, not in any guide
vocabulary.freeze();

describe('compound splitting', () => {
  const decompounder = new Decompounder(vocabulary);
  test.each([
    ['affaldsspand', ['affald', 'spand']],
    ['hjemmehjalp', ['hjemme', 'hjælp']],
    ['sundhedsplejerske', ['sundhed', 'plejerske']],
    ['skolebuskort', ['skolebus', 'kort']],
  ])('%s splits into words the guides use', (word, parts) => {
    expect(decompounder.split(word)).toEqual(parts.map(termKey));
  });

  test.each(['foraldre', 'spand', 'xylofon'])(
    '%s is not split (a stop word is no part, short words stay)',
    (word) => {
      expect(decompounder.split(word)).toBeNull();
    },
  );
});

test('a verb\'s stem as first part stands for its verbal noun ("hundeluftområde" → hundeluftning + område)', () => {
  const known = new Vocabulary();
  for (const w of ['hundeluftning', 'område']) known.add(w);
  expect(new Decompounder(known.freeze()).split('hundeluftomrade')).toEqual(
    ['hundeluftning', 'område'].map(termKey),
  );
});

describe('typo correction', () => {
  test.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
  ])('a word of %i letters may have %i edits', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });

  test('swapped neighbours count as one edit', () => {
    expect(boundedDistance('borgerforsalg', 'borgerforslag', 2)).toBe(1);
    expect(boundedDistance('abc', 'xyz', 1)).toBe(2);
  });

  test('the closest known words are offered, most frequent first', () => {
    expect(correct('sundhedspleje', vocabulary)).toEqual([]);
    expect(correct('plejeske', vocabulary).map((c) => c.skel)).toEqual(['plejerske']);
    expect(correct('mitd', vocabulary).map((c) => c.skel)).toEqual(['midt', 'mind', 'mitid']);
    expect(correct('bil', vocabulary)).toEqual([]);
  });

  test('the letters filter passes over no word within reach: every one- and two-edit misspelling of a word finds it', () => {
    const known = new Vocabulary();
    for (const w of ['sundhedskort', 'plejebolig', 'betalingsaftale', 'affaldsspand', 'hjemmehjalp'])
      known.add(w);
    known.freeze();
    const edits = (w: string) => [
      ...[...w].map((_, i) => w.slice(0, i) + 'x' + w.slice(i + 1)), // substitution
      ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1)), // deletion
      ...[...w].map((_, i) => w.slice(0, i) + 'q' + w.slice(i)), // insertion
      ...[...w].slice(1).map((_, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)), // swap
    ];
    for (const word of ['sundhedskort', 'plejebolig', 'betalingsaftale', 'affaldsspand', 'hjemmehjalp']) {
      const once = edits(word).filter((typed) => typed[0] === word[0] && typed !== word);
      const twice = once.flatMap((w) => edits(w).slice(0, 3)).filter((typed) => typed[0] === word[0]);
      for (const typed of [...once, ...twice].filter(
        (t) => boundedDistance(t, word, 2) <= allowedEdits(t.length),
      )) {
        expect({ typed, found: correct(typed, known).map((c) => c.skel) }).toEqual({
          typed,
          found: expect.arrayContaining([word]),
        });
      }
    }
  });
});

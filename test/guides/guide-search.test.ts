import fs from 'node:fs';
import path from 'node:path';
import { loadGuides } from '../../bot/src/guides/load-guides';
import { buildGuideIndex } from '../../bot/src/guides/search/guide-index';
import { parseSynonyms } from '../../bot/src/guides/search/synonyms';
import { guideOf } from '../support/guide-of';

const dir = path.join(__dirname, 'fixtures', 'search');
const synonymsFile = path.join(dir, 'synonyms.yaml');
const index = buildGuideIndex(
  loadGuides(dir).guides,
  parseSynonyms(fs.readFileSync(synonymsFile, 'utf8'), synonymsFile),
);
const ids = (query: string, options?: { center?: string; limit?: number }) =>
  index.search(query, options).map((h) => h.guide.id);
const top = (query: string) => ids(query)[0];

describe('guide search', () => {
  test.each([
    ['gaeld afdrag', 'betalingsaftale'],
    ['gald afdragsordning', 'betalingsaftale'],
    ['boernepas samtykke', 'pas-boern'],
    ['hjemmehjaelp', 'hjemmehjaelp'],
  ])('a query typed without æøå ("%s") finds the guide written with them', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test.each([
    ['hjemme hjælp', 'hjemmehjaelp'],
    ['affald spand', 'affaldsspand'],
    ['affaldsspanden', 'affaldsspand'],
    ['stor skrald', 'storskrald'],
    ['plejehjemsventeliste', 'plejebolig'],
    ['børne pas', 'pas-boern'],
  ])('a compound written apart or together ("%s") finds %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test.each([
    ['betalingsaftlae', 'betalingsaftale'],
    ['storskrlad', 'storskrald'],
    ['hjemmehjælpp', 'hjemmehjaelp'],
    ['plejebollig', 'plejebolig'],
  ])('a misspelt word ("%s") still finds %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test.each([
    ['det gule kort', 'sundhedskort'],
    ['sygesikringsbevis', 'sundhedskort'],
  ])('a colloquial term from the lexicon ("%s") finds the official one', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test("a caller's whole sentence is reduced to what it is about", () => {
    expect(top('jeg vil gerne vide hvordan jeg får en større affaldsspand')).toBe('affaldsspand');
    expect(top('min mor kan ikke selv gøre rent længere')).toBe('hjemmehjaelp');
  });

  test.each([
    ['storskrald før sommerferien', 'storskrald'],
    ['affaldsspand mandag', 'affaldsspand'],
    ['afdragsordning i august', 'betalingsaftale'],
  ])('when the caller places it in time ("%s"), the time is no topic: %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test.each([
    ['storskrald i Virum', 'storskrald'],
    ['affaldsspand Kongens Lyngby', 'affaldsspand'],
    ['betalingsaftale lyngby-taarbæk', 'betalingsaftale'],
  ])('where in the municipality the caller lives ("%s") is no topic either: %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  test('a framing verb the guide does not use ("sundhedskort virker ikke") does not block the answer', () => {
    expect(top('sundhedskort virker ikke')).toBe('sundhedskort');
  });

  test("the center filter keeps only that center's guides, whatever the case of the code", () => {
    expect(ids('gebyr').sort()).toEqual(['storskrald', 'sundhedskort']);
    expect(ids('gebyr', { center: 'CTMB' })).toEqual(['storskrald']);
    expect(ids('gebyr', { center: 'cbak' })).toEqual(['sundhedskort']);
    expect(ids('betalingsaftale', { center: 'CSO' })).toEqual([]);
    expect(ids('betalingsaftale', { center: 'CØI' })).toEqual(['betalingsaftale', 'betalingsaftale-kopi']);
  });

  test('equal scores are ordered by id, and the same query always gives the same answer', () => {
    const first = index.search('afdragsordning restance');
    expect(first.map((h) => h.guide.id).slice(0, 2)).toEqual(['betalingsaftale', 'betalingsaftale-kopi']);
    expect(first[0]?.score).toBe(first[1]?.score);
    expect(index.search('afdragsordning restance')).toEqual(first);
  });

  test('scores are in (0, 1], best first, and at most `limit` hits come back', () => {
    const hits = index.search('ny affaldsspand storskrald', { limit: 2 });
    expect(hits).toHaveLength(2);
    for (const h of hits) expect(h.score > 0 && h.score <= 1).toBe(true);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  test.each(['xyzzy qwerty', 'rejsekort spærret', 'statsborgerskab', '', '   ', 'og i på'])(
    'nothing that answers "%s": no hits rather than a guess',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );
});

describe('Danish forms the stemmer leaves apart', () => {
  const guide = (id: string, title: string, body: string) => guideOf(id, title, body, 'CBAK');
  const small = buildGuideIndex(
    [
      guide('pas-boern', 'Pas til børn', 'Også spædbørn skal møde op i Borgerservice.'),
      guide('sundhedspleje', 'Sundhedsplejen', 'Sundhedsplejersken besøger familien efter fødslen.'),
    ],
    { groups: [], meanings: [{ said: ['spædbarn', 'baby'], means: ['sundhedsplejerske'] }] },
  );

  test.each([
    ['fravaerende', 'fraværende'],
    ['tilhoerer', 'tilhører'],
    ['aaret', 'året'],
  ])(
    '"%s" typed without æøå is "%s" to the search, though the stemmer reads the two apart',
    (ascii, danish) => {
      const known = guide('ord', 'Ord', `${danish} og andet`);
      const one = buildGuideIndex([known], { groups: [] });
      expect(one.explain(ascii)[0]!.alternatives[0]).toEqual(one.explain(danish)[0]!.alternatives[0]);
    },
  );

  test('a compound the guides use is not read through what the lexicon says its parts mean', () => {
    const one = buildGuideIndex([guide('eu', 'Lægehjælp i udlandet', 'Lægehjælp: hjælp fra en læge. Låg.')], {
      groups: [],
      meanings: [{ said: ['låg'], means: ['affaldsbeholder'] }],
    });
    const terms = one.explain('lægehjælp')[0]!.alternatives.flatMap((a) => a.terms);
    expect(terms.some((t) => t.startsWith('affald'))).toBe(false);
  });

  test("whom the caller speaks for, a son or a daughter, leans to the children's guide without being the topic", () => {
    const two = buildGuideIndex(
      [
        guide('a-pas', 'Pas til voksne', 'Nyt pas.'),
        guide('pas-boern', 'Pas til børn', 'Nyt pas til barnet.'),
      ],
      { groups: [], meanings: [{ said: ['datter', 'søn'], means: ['barn'] }] },
    );
    expect(two.search('min datter skal have nyt pas').map((h) => h.guide.id)[0]).toBe('pas-boern');
    // Unmatched, it costs nothing: the adult's guide still answers "pas til min søn" when it is the only one.
    const one = buildGuideIndex([guide('a-pas', 'Pas til voksne', 'Nyt pas.')], {
      groups: [],
      meanings: [{ said: ['datter', 'søn'], means: ['barn'] }],
    });
    expect(one.search('pas til min søn').map((h) => h.guide.id)).toEqual(['a-pas']);
  });

  test('"spædbarn" finds "spædbørn" (barn/børn), also when the lexicon knows the word', () => {
    expect(small.search('pas til spædbarn').map((h) => h.guide.id)[0]).toBe('pas-boern');
  });
});

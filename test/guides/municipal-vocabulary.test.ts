import fs from 'node:fs';
import path from 'node:path';
import { isContentWord, readWords, termKey } from '../../bot/src/guides/search/analyzer';
import { buildGuideIndex } from '../../bot/src/guides/search/guide-index';
import { parseVocabulary } from '../../bot/src/guides/search/municipal-vocabulary';
import { framingVerbs } from '../../bot/src/guides/search/stop-words';
import { loadGuides } from '../../bot/src/guides/load-guides';
import { loadSynonyms, parseSynonyms } from '../../bot/src/guides/search/synonyms';
import { isAppError } from '../../bot/src/shared/errors';

const fixtures = path.join(__dirname, 'fixtures', 'search');
const synonymsFile = path.join(fixtures, 'synonyms.yaml');
const vocabulary = `
terms:
  storskrald: [sofa, køleskab]
  hjemmehjælp: [gøre rent]
laws:
  serviceloven:
    names: [sel, lov om social service]
    about: [hjælp]
    paragraphs:
      83: [hjemmehjælp, praktisk hjælp]
      83a: [rehabilitering]
  gældsinddrivelsesloven:
    names: [gil]
    about: [gæld]
`;
const index = buildGuideIndex(loadGuides(fixtures).guides, {
  groups: parseSynonyms(fs.readFileSync(synonymsFile, 'utf8'), synonymsFile).groups,
  meanings: parseVocabulary(vocabulary, 'municipal-vocabulary.yaml'),
});
const ids = (query: string) => index.search(query).map((h) => h.guide.id);

describe('the municipal vocabulary: what people say leads to what the guides call it', () => {
  test.each(['sofa', 'køleskab', 'hente en sofa'])('"%s" finds the storskrald guide', (query) => {
    expect(ids(query)[0]).toBe('storskrald');
  });

  test('one way only: the term does not search for the everyday words (no sofa in "storskrald")', () => {
    const concept = index.explain('storskrald')[0]!;
    expect(concept.alternatives.flatMap((a) => a.terms)).not.toContain('sofa');
  });

  test.each([
    '§ 83',
    '§83',
    'servicelovens § 83',
    '§ 83 i serviceloven',
    'SEL § 83, stk. 1',
    'sel 83',
    'paragraf 83',
    'pgf. 83 rengøring',
    'lov om social service § 83',
  ])('a paragraph quoted as "%s" finds what it grants', (query) => {
    expect(ids(query)[0]).toBe('hjemmehjaelp');
  });

  test('"§ 83a" is not "§ 83", and a paragraph nobody described is no answer', () => {
    expect(index.explain('§ 83a')[0]!.alternatives[0]!.terms).toEqual(['§83a']);
    expect(ids('§ 84')).toEqual([]);
    expect(ids('§ 830')).toEqual([]);
  });

  test("a law's name places the question but is not the question: it counts half", () => {
    const [plan, law] = index.explain('afdragsordning gil');
    expect(plan!.weight).toBe(1);
    expect(law!.weight).toBe(0.5);
    expect(ids('afdragsordning gil')[0]).toBe('betalingsaftale');
    // On its own a law's name points to what the law is about.
    expect(ids('gældsinddrivelsesloven')[0]).toBe('betalingsaftale');
  });
});

describe('reading a caller: framing, numbers, other forms of a word', () => {
  test.each(['kan du høre mig', 'vent lige', 'hallo er der nogen'])(
    '"%s" is only framing: no guide, not a guess',
    (query) => {
      expect(ids(query)).toEqual([]);
    },
  );

  test('an age or an amount in a sentence is no topic, so it does not count against the answer', () => {
    expect(ids('min mor på 87 kan ikke gøre rent')[0]).toBe('hjemmehjaelp');
    expect(index.explain('plejehjem 87').map((c) => c.text)).toEqual(['plejehjem']);
  });

  test('"virker ikke" and "fik en besked" frame the question; they count half', () => {
    const weights = index.explain('sundhedskort virker ikke').map((c) => [c.text, c.weight]);
    expect(weights).toEqual([
      ['sundhedskort', 1],
      ['virker', 0.5],
    ]);
  });

  test('a verb finds the guide that uses its noun: "ansøge" → "ansøgning", "afdragsordning" stays itself', () => {
    const plan = index.explain('ansøge plejebolig')[0]!;
    expect(plan.alternatives).toContainEqual(
      expect.objectContaining({ kind: 'derived', terms: ['ansogning'] }),
    );
    expect(ids('ansøge plejebolig')[0]).toBe('plejebolig');
  });
});

describe('the product vocabulary (knowledge/municipal-vocabulary.yaml)', () => {
  const file = path.join(__dirname, '..', '..', 'knowledge', 'municipal-vocabulary.yaml');
  const meanings = parseVocabulary(fs.readFileSync(file, 'utf8'), file);

  test('loads with everyday words and laws', () => {
    expect(meanings.length).toBeGreaterThan(100);
    expect(
      meanings.some((m) => m.said.includes('servicelovens § 83') || m.said.includes('serviceloven § 83')),
    ).toBe(true);
  });

  test('every phrase keeps a searchable word once stop words are gone (else it could never match)', () => {
    const phrases = meanings.flatMap((m) => [...m.said, ...m.means]);
    const empty = phrases.filter((p) => !readWords(p).some((w) => !w.stop && isContentWord(w.surface)));
    expect(empty).toEqual([]);
  });

  test('no phrase reads as a framing word: "hjælpere" is read as hjælpe, which every caller says', () => {
    const framingKeys = new Set(framingVerbs.map((w) => termKey(w)));
    const framing = meanings.flatMap((m) =>
      m.said.filter((p) => {
        const words = readWords(p).filter((w) => !w.stop && isContentWord(w.surface));
        return words.length === 1 && framingKeys.has(termKey(words[0]!.surface));
      }),
    );
    expect(framing).toEqual([]);
  });

  // Each of these was read and kept because the one word left means the term on its own
  // ("sygemelde sig" → sygemelde). "hvornår får jeg penge" shrank to "penge" and sent every
  // question about money to the payment dates; "vil ikke i skole" sent "skole" to absence.
  const reviewedShrinking = [
    ...[
      'log ind',
      'logge ind',
      'mit.dk',
      'mit.dk-app',
      'på kontanthjælp',
      'droppe ud',
      'på uddannelseshjælp',
    ],
    ...['sygemelde sig', 'mit cv', 'bor i telt', 'drikker for meget', 'ikke tømt', 'os fra brændeovn'],
    ...['ændre bbr', 'ændre betalingsaftale', 'blevet ledig', 'blive plejefamilie', 'blive plejeforælder'],
    ...[
      'krisecenter for mænd',
      'voldelig mand',
      'efterlevende ægtefælle',
      'ændre efternavn',
      'ændre fornavn',
    ],
    ...['uden tidsbestilling', 'ændre terræn', 'hæve terrænet', 'ændre facade', 'ændre taghældning'],
    ...['ændre rumindretning', 'ændre planløsning', 'bøde i miljøzone', 'af- og pålæsning', 'ingen strøm'],
  ];

  test('a phrase of several words that shrinks to one word (stop words gone) is one that was reviewed', () => {
    const contentWords = (p: string) => readWords(p).filter((w) => !w.stop && isContentWord(w.surface));
    // Harmless when the word left is itself among the meaning's words ("min mor er død" → død).
    const shrinking = meanings.flatMap((m) => {
      const own = new Set([...m.said, ...m.means].map((p) => p.toLocaleLowerCase('da')));
      return m.said.filter((p) => {
        const words = contentWords(p);
        return readWords(p).length > 1 && words.length === 1 && !own.has(words[0]!.surface);
      });
    });
    expect(shrinking.filter((p) => !reviewedShrinking.includes(p))).toEqual([]);
  });

  test('is merged with the synonyms by loadSynonyms, read by its file name', () => {
    const table = loadSynonyms([path.join(__dirname, '..', '..', 'knowledge', 'synonyms.yaml'), file]);
    expect(table.groups.length).toBeGreaterThan(50);
    expect(table.meanings).toEqual(meanings);
  });
});

describe('parseVocabulary', () => {
  test.each([
    ['a list instead of sections', '- sofa\n- stol\n'],
    [
      'a paragraph that is no number',
      'laws:\n  serviceloven:\n    names: [sel]\n    about: [hjælp]\n    paragraphs:\n      tre: [x]\n',
    ],
    ['a law without what it is about', 'laws:\n  serviceloven:\n    names: [sel]\n'],
    ['an unknown section', 'ord:\n  sofa: storskrald\n'],
  ])('%s is a configuration error naming the file', (_, yaml) => {
    expect.assertions(2);
    try {
      parseVocabulary(yaml, 'municipal-vocabulary.yaml');
    } catch (error) {
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain('municipal-vocabulary.yaml');
    }
  });

  test('an empty file is an empty vocabulary', () => {
    expect(parseVocabulary('', 'municipal-vocabulary.yaml')).toEqual([]);
  });
});

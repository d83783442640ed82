import { parseGuide } from '../../bot/src/guides/parse-guide';

const good = `---
id: pas-boern
title: Pas til børn under 18 år
center: CBAK
keywords: [børnepas, pas til barn, samtykke]
selfservice: https://www.borger.dk/pas
updated: 2026-02-14
owner: ignored, unknown keys are allowed
---
## Kort svar
Barnet skal **selv** møde op, og _begge_ forældre giver [samtykke](https://example.org).

## Sådan hjælper du borgeren
1. Bestil tid.
2. Medbring pasfoto.

## Book tilbagekald når
Forældrene er uenige.
`;

describe('parseGuide', () => {
  test('a complete guide becomes a Guide with sections and a plain short answer', () => {
    const { guide, problems } = parseGuide(good, 'CBAK/pas-boern.md');
    expect(problems).toEqual([]);
    expect(guide).toMatchObject({
      id: 'pas-boern',
      title: 'Pas til børn under 18 år',
      center: 'CBAK',
      keywords: ['børnepas', 'pas til barn', 'samtykke'],
      selfservice: 'https://www.borger.dk/pas',
      updated: '2026-02-14',
      shortAnswer: 'Barnet skal selv møde op, og begge forældre giver samtykke.',
      file: 'CBAK/pas-boern.md',
    });
    expect(guide?.sections.map((s) => s.heading)).toEqual([
      'Kort svar',
      'Sådan hjælper du borgeren',
      'Book tilbagekald når',
    ]);
    expect(guide?.sections[1]?.text).toBe('1. Bestil tid.\n2. Medbring pasfoto.');
    expect(guide?.body.startsWith('## Kort svar')).toBe(true);
  });

  test('keywords may be a block list, and optional fields may be left out', () => {
    const text = `---\nid: a\ntitle: A\ncenter: CØI\nkeywords:\n  - gæld\n  - afdrag\n---\nTekst uden overskrifter.\n`;
    const { guide } = parseGuide(text, 'a.md');
    expect(guide).toMatchObject({
      keywords: ['gæld', 'afdrag'],
      selfservice: null,
      updated: null,
      shortAnswer: '',
    });
    expect(guide?.sections).toEqual([]);
  });

  test('Windows line endings and a byte-order mark do not matter', () => {
    const { guide, problems } = parseGuide('\uFEFF' + good.replace(/\n/g, '\r\n'), 'x.md');
    expect(problems).toEqual([]);
    expect(guide?.shortAnswer).toBe('Barnet skal selv møde op, og begge forældre giver samtykke.');
  });

  const withFrontMatter = (lines: string[]) => `---\n${lines.join('\n')}\n---\n## Kort svar\nTekst.\n`;
  const base = ['id: ok-id', 'title: Titel', 'center: CSO'];

  test.each([
    ['no front matter', '# Overskrift\n\nTekst', 1, /mangler front matter/],
    ['front matter never closed', '---\nid: a\ntitle: b\n', 1, /lukkes aldrig/],
    ['YAML syntax error', withFrontMatter([...base, 'keywords: [a, b']), 5, /ugyldig YAML/],
    ['missing id', withFrontMatter(['title: Titel', 'center: CSO']), 1, /mangler 'id'/],
    [
      'id with capitals and underscore',
      withFrontMatter(['title: T', 'center: CSO', 'id: Pas_Boern']),
      4,
      /små bogstaver/,
    ],
    ['missing title', withFrontMatter(['id: a', 'center: CSO']), 1, /mangler 'title'/],
    ['empty center', withFrontMatter(['id: a', 'title: T', 'center:']), 4, /'center' er tom/],
    ['keywords not a list', withFrontMatter([...base, 'keywords: pas, barn']), 5, /skal være en liste/],
    [
      'self-service link that is no web address',
      withFrontMatter([...base, 'selfservice: borger.dk/pas']),
      5,
      /http/,
    ],
    ['impossible date', withFrontMatter([...base, 'updated: 2026-02-30']), 5, /ÅÅÅÅ-MM-DD/],
    ['the same key twice', withFrontMatter([...base, 'title: Igen']), 5, /ugyldig YAML/],
    [
      'a title that is a list',
      withFrontMatter(['id: a', 'center: CSO', 'title: [a, b]']),
      4,
      /'title' skal være en tekst/,
    ],
  ])('%s is reported at the line the author must fix', (_name, text, line, reason) => {
    const { guide, problems } = parseGuide(text, 'broken.md');
    expect(guide).toBeNull();
    expect(problems[0]).toEqual({ file: 'broken.md', line, reason: expect.stringMatching(reason) });
  });

  test('every problem in a file is reported, not only the first', () => {
    const { problems } = parseGuide(withFrontMatter(['id: X', 'center: CSO', 'updated: i går']), 'b.md');
    expect(problems.map((p) => p.line).sort()).toEqual([1, 2, 4]);
  });

  test('a file without front matter is told apart from a broken one (README files are skipped)', () => {
    expect(parseGuide('# Om mappen', 'README.md').noFrontMatter).toBe(true);
    expect(parseGuide('---\nid: [\n---\n', 'x.md').noFrontMatter).toBe(false);
  });
});

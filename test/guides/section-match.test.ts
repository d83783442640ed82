import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../../bot/src/guides/load-catalog';
import type { Concept } from '../../bot/src/guides/search/query-plan';
import { matchingSection } from '../../bot/src/guides/search/section-match';

const concept = (text: string, terms: string[][], over: Partial<Concept> = {}): Concept => ({
  text,
  weight: 1,
  alternatives: terms.map((t) => ({ kind: 'exact', terms: t, weight: 1 })),
  ...over,
});
const sections = (...terms: string[][]) =>
  terms.map((t) => ({ terms: new Set(t), heading: new Set<string>() }));

describe('which section of a guide a query points to (matchingSection)', () => {
  test.each([
    [
      'a word in one section only points to it',
      [concept('udland', [['udland']])],
      sections(['kort'], ['kort', 'udland']),
      1,
    ],
    [
      'a word in every section tells them apart not at all',
      [concept('kort', [['kort']])],
      sections(['kort'], ['kort', 'udland']),
      null,
    ],
    ['a word in no section: none', [concept('hund', [['hund']])], sections(['kort'], ['udland']), null],
    [
      'the section with more telling words wins',
      [concept('hund', [['hund']]), concept('flyt', [['flyt']])],
      sections(['hund'], ['hund', 'flyt'], ['skat']),
      1,
    ],
    [
      'a tie is no section',
      [concept('hund', [['hund']]), concept('skat', [['skat']])],
      sections(['hund'], ['skat']),
      null,
    ],
    [
      'a framing word (weak) never counts',
      [concept('finde', [['find']], { weak: true })],
      sections(['find'], ['skat']),
      null,
    ],
    [
      'an alternative counts only with all its terms there',
      [concept('storskrald', [['stor', 'skrald']])],
      sections(['stor'], ['stor', 'skrald']),
      1,
    ],
    [
      'any alternative will do (a synonym)',
      [concept('gult kort', [['gul', 'kort'], ['sundhedskort']])],
      sections(['sundhedskort'], ['pas']),
      0,
    ],
    [
      'in a tie, the section whose heading has the word wins',
      [concept('boligstøtte', [['boligstot']])],
      [
        { terms: new Set(['boligstot', 'flyt']), heading: new Set(['hjaelp']) },
        { terms: new Set(['boligstot', 'pension']), heading: new Set(['boligstot', 'pension']) },
        { terms: new Set(['hund']), heading: new Set(['hund']) },
      ],
      1,
    ],
    ['a guide of one section has nothing to point to', [concept('pas', [['pas']])], sections(['pas']), null],
  ])('%s', (_, concepts, terms, expected) => {
    expect(matchingSection(concepts, terms)).toBe(expected);
  });
});

describe('the section a query points to, in the long fixture guide among the sample guides', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sections-'));
  const repo = path.resolve(__dirname, '..', '..');
  fs.cpSync(path.join(repo, 'knowledge', 'guides'), dir, { recursive: true });
  fs.copyFileSync(
    path.join(__dirname, 'fixtures', 'long', 'flytning-adresseaendring.md'),
    path.join(dir, 'flytning-adresseaendring.md'),
  );
  const { catalog } = loadCatalog({
    dir,
    synonymsFile: path.join(repo, 'knowledge', 'synonyms.yaml'),
    centerCodes: ['CBAK', 'CSO', 'CSI', 'CUP', 'CØI', 'CAE', 'CTMB', 'CBB', 'CPO'],
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['hemmelig adresse', 'Navne- og adressebeskyttelse (hemmelig adresse)'],
    ['flytning hund', 'Hund, husdyr og andre registreringer'],
    ['flytte boligstøtte', 'Ydelser, pension og boligstøtte'],
    ['flytning beboerlicens', 'Kørekort, bil og beboerparkering'],
    ['melde flytning', null],
    ['flytning', null],
  ])('"%s" → %s', (query, heading) => {
    expect(catalog.matchingSection(query, 'flytning-adresseaendring')?.heading ?? null).toBe(heading);
  });

  test('the short answer is never the section pointed to: it is on the card already', () => {
    expect(catalog.matchingSection('digitalt MitID gratis', 'flytning-adresseaendring')?.heading).not.toBe(
      'Kort svar',
    );
  });

  test('an unknown guide has no sections', () => {
    expect(catalog.matchingSection('hemmelig adresse', 'findes-ikke')).toBeNull();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { isContentWord, readWords } from '../../bot/src/guides/search/analyzer';
import { parseSynonyms } from '../../bot/src/guides/search/synonyms';
import { isAppError } from '../../bot/src/shared/errors';

const file = path.join(__dirname, '..', '..', 'knowledge', 'synonyms.yaml');

describe('the product lexicon (knowledge/synonyms.yaml)', () => {
  const table = parseSynonyms(fs.readFileSync(file, 'utf8'), file);

  test('loads, with an official term and at least one variant per line', () => {
    expect(table.groups.length).toBeGreaterThan(50);
    for (const group of table.groups) expect(group.length).toBeGreaterThan(1);
  });

  test('every phrase keeps a searchable word once stop words are gone (else it could never match)', () => {
    const empty = table.groups
      .flat()
      .filter((p) => !readWords(p).some((w) => !w.stop && isContentWord(w.surface)));
    expect(empty).toEqual([]);
  });
});

describe('parseSynonyms', () => {
  test('accepts a single variant written without brackets and skips terms without variants', () => {
    expect(parseSynonyms('mitid: nemid\nbbr:\n', 'x.yaml').groups).toEqual([['mitid', 'nemid']]);
  });

  test('a lexicon that is not "term: [variants]" is a configuration error naming the file', () => {
    expect.assertions(2);
    try {
      parseSynonyms('- bare en liste\n- af ord\n', 'lexicon.yaml');
    } catch (error) {
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain('lexicon.yaml');
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { phrase, readLexiconYaml } from './lexicon-file';
import { parseVocabulary, vocabularyFileName, type Meaning } from './municipal-vocabulary';

/**
 * How citizens and agents say things, in groups of words that mean the same here: the official
 * term first, then the colloquial variants ("sundhedskort: [det gule kort, sygesikringskort]").
 * A query that contains any member of a group also searches for the others.
 */
export interface SynonymTable {
  groups: string[][];
  /** One-way meanings (knowledge/municipal-vocabulary.yaml): never searched the other way round. */
  meanings?: Meaning[];
}

const fileSchema = z
  .record(z.string(), z.union([z.array(phrase), phrase, z.null()]))
  .nullable()
  .transform((record) => record ?? {});

/** Parses the YAML lexicon format `official term: [variant, other variant]`. */
export function parseSynonyms(yamlText: string, file: string): SynonymTable {
  const record = readLexiconYaml(yamlText, file, fileSchema, "'term: [variant, variant]'");
  const groups: string[][] = [];
  for (const [official, variants] of Object.entries(record)) {
    const list = variants === null ? [] : Array.isArray(variants) ? variants : [variants];
    const members = [official.trim(), ...list].filter((m) => m.length > 0);
    if (members.length > 1) groups.push([...new Set(members)]);
  }
  return { groups };
}

/**
 * Reads and merges lexicon files: synonym groups, and the municipal vocabulary's one-way meanings
 * from files named like `municipal-vocabulary.yaml`. A file that does not exist is skipped, a
 * broken one throws.
 */
export function loadSynonyms(files: readonly string[]): SynonymTable {
  const groups: string[][] = [];
  const meanings: Meaning[] = [];
  for (const file of new Set(files.map((f) => path.resolve(f)))) {
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (path.basename(file) === vocabularyFileName) meanings.push(...parseVocabulary(text, file));
    else groups.push(...parseSynonyms(text, file).groups);
  }
  return { groups, meanings };
}

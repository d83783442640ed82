import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * How citizens and agents say things, in groups of words that mean the same here: the official
 * term first, then the colloquial variants ("sundhedskort: [det gule kort, sygesikringskort]").
 * A query that contains any member of a group also searches for the others.
 */
export interface SynonymTable {
  groups: string[][];
}

export const emptySynonyms: SynonymTable = { groups: [] };

const phrase = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const fileSchema = z
  .record(z.string(), z.union([z.array(phrase), phrase, z.null()]))
  .nullable()
  .transform((record) => record ?? {});

/** Parses the YAML lexicon format `official term: [variant, other variant]`. */
export function parseSynonyms(yamlText: string, file: string): SynonymTable {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw invalid(file, (error as Error).message.split('\n')[0] ?? 'ugyldig YAML');
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalid(
      file,
      `'${issue.path.join('.')}': forventede 'term: [variant, variant]' (${issue.message})`,
    );
  }
  const groups: string[][] = [];
  for (const [official, variants] of Object.entries(result.data)) {
    const list = variants === null ? [] : Array.isArray(variants) ? variants : [variants];
    const members = [official.trim(), ...list].filter((m) => m.length > 0);
    if (members.length > 1) groups.push([...new Set(members)]);
  }
  return { groups };
}

/** Reads and merges lexicon files; a file that does not exist is skipped, a broken one throws. */
export function loadSynonyms(files: readonly string[]): SynonymTable {
  const groups: string[][] = [];
  for (const file of new Set(files.map((f) => path.resolve(f)))) {
    if (!fs.existsSync(file)) continue;
    groups.push(...parseSynonyms(fs.readFileSync(file, 'utf8'), file).groups);
  }
  return { groups };
}

function invalid(file: string, reason: string): AppError {
  return new AppError('CONFIG_INVALID', `${file}: ${reason}`, { setting: 'SYNONYMS_FILE' });
}

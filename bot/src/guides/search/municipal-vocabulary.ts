import { z } from 'zod';
import { phrase, readLexiconYaml } from './lexicon-file';

/** The file name that marks a lexicon file as municipal vocabulary (one-way meanings). */
/** Typing any of `said` also searches for each of `means`; typing a `means` does not search `said`. */
export interface Meaning {
  said: string[];
  means: string[];
  /** A law's name: it places the question, it is not the question (counts half, see query-plan). */
  context?: boolean;
}

export const vocabularyFileName = 'municipal-vocabulary.yaml';

const phrases = z.union([z.array(phrase), phrase]).transform((v) => (Array.isArray(v) ? v : [v]));
const paragraphNumber = z.string().regex(/^\d+[a-z]?$/i, 'et paragrafnummer som 83 eller 83a');
const lawSchema = z
  .object({
    /** How the law is named and abbreviated ("serviceloven", "sel"). */
    names: phrases,
    /** What the law's name alone points to, in the guides' words. */
    about: phrases,
    paragraphs: z.record(paragraphNumber, phrases).default({}),
  })
  .strict();
const fileSchema = z
  .object({
    terms: z.record(z.string(), phrases).nullable().default({}),
    laws: z.record(z.string(), lawSchema).nullable().default({}),
  })
  .strict()
  .nullable()
  .transform((file) => file ?? { terms: {}, laws: {} });

/**
 * Parses `municipal-vocabulary.yaml`: `terms` (the guides' term: [what callers and case workers
 * say for it]) and `laws` (names, what the name alone is about, and paragraph → what it grants).
 * A paragraph is found however it is quoted: "§ 83", "servicelovens § 83", "§ 83 i serviceloven",
 * "SEL § 83", "sel 83" (the § sign and "paragraf" are read in normalize.ts).
 */
export function parseVocabulary(yamlText: string, file: string): Meaning[] {
  const parsed = readLexiconYaml(
    yamlText,
    file,
    fileSchema,
    "'terms: {term: [ord, ord]}' og 'laws: {lov: {names, about, paragraphs}}'",
  );
  const meanings: Meaning[] = [];
  for (const [term, said] of Object.entries(parsed.terms ?? {})) {
    meanings.push({ said: said.filter((s) => s !== ''), means: [term.trim()] });
  }
  for (const [law, { names, about, paragraphs }] of Object.entries(parsed.laws ?? {})) {
    const allNames = [...new Set([law.trim(), ...names])].filter((n) => n !== '');
    meanings.push({ said: allNames, means: about, context: true });
    for (const [number, grants] of Object.entries(paragraphs)) {
      const p = number.toLowerCase();
      const said = [`§ ${p}`, ...allNames.flatMap((n) => [`${n} § ${p}`, `§ ${p} ${n}`, `${n} ${p}`])];
      meanings.push({ said, means: grants });
    }
  }
  return meanings.filter((m) => m.said.length > 0 && m.means.length > 0);
}

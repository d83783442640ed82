import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/** A word or phrase of a lexicon file; YAML reads `112` as a number, which is a phrase here too. */
export const phrase = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** A lexicon file's YAML, checked against `schema`; the error names the file and the place. */
export function readLexiconYaml<T>(
  yamlText: string,
  file: string,
  schema: z.ZodType<T>,
  expected: string,
): T {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw invalidLexicon(file, (error as Error).message.split('\n')[0] ?? 'ugyldig YAML');
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalidLexicon(file, `'${issue.path.join('.')}': forventede ${expected} (${issue.message})`);
  }
  return result.data;
}

function invalidLexicon(file: string, reason: string): AppError {
  return new AppError('CONFIG_INVALID', `${file}: ${reason}`, { setting: 'SYNONYMS_FILE' });
}

import type { FrontMatter } from './front-matter';
import type { GuideProblem } from './guide';

/**
 * Reads typed fields out of a file's front matter and collects what is wrong with them, each at
 * the line of its key, so guides and referrals report problems the same way.
 */
export function frontMatterFields(values: FrontMatter['values'], file: string) {
  const keyLines: Record<string, number> = Object.fromEntries([...values].map(([k, v]) => [k, v.line]));
  const problems: GuideProblem[] = [];
  const problem = (key: string, reason: string) => problems.push({ file, line: keyLines[key] ?? 1, reason });

  const scalar = (key: string): string | null => {
    const value = values.get(key)?.value;
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number') return String(value);
    problem(key, `'${key}' skal være en tekst, ikke ${describe(value)}`);
    return null;
  };

  const required = (key: string): string | null => {
    const value = scalar(key);
    if (!value) problem(key, values.has(key) ? `'${key}' er tom` : `mangler '${key}' i front matter`);
    return value || null;
  };

  const id = (): string | null => {
    const value = required('id');
    if (value && !idPattern.test(value))
      problem('id', `'id' må kun indeholde små bogstaver a-z, tal og bindestreg mellem dem (fik '${value}')`);
    return value;
  };

  const webAddress = (key: string): string | null => {
    const value = scalar(key) || null;
    if (value !== null && !isWebAddress(value))
      problem(key, `'${key}' skal være en http(s)-adresse (fik '${value}')`);
    return value;
  };

  const keywords = (): string[] => {
    const value = values.get('keywords')?.value;
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      problem('keywords', `'keywords' skal være en liste, fx [børnepas, samtykke] (fik ${describe(value)})`);
      return [];
    }
    const found: string[] = [];
    value.forEach((item: unknown, i) => {
      if (typeof item === 'string' || typeof item === 'number') {
        if (String(item).trim()) found.push(String(item).trim());
      } else problem('keywords', `'keywords' punkt ${i + 1} skal være en tekst, ikke ${describe(item)}`);
    });
    return found;
  };

  const flag = (key: string): boolean => {
    const value = values.get(key)?.value;
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    problem(key, `'${key}' skal være true eller false (fik ${describe(value)})`);
    return false;
  };

  return { keyLines, problems, problem, scalar, required, id, webAddress, keywords, flag };
}

export type FrontMatterFields = ReturnType<typeof frontMatterFields>;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'en liste';
  if (value !== null && typeof value === 'object') return 'et map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

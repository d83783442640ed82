import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';

/** The YAML between the opening and closing `---` lines, as key/value pairs with their line in the file. */
export interface FrontMatter {
  values: Map<string, { value: unknown; line: number }>;
  /** Markdown after the closing line. */
  body: string;
  /** Line number (1-based, in the file) where the body starts. */
  bodyLine: number;
}

export type FrontMatterResult =
  { ok: true; frontMatter: FrontMatter } | { ok: false; line: number; reason: string; missing: boolean };

const fence = /^---[ \t]*$/;
const closing = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits a guide into front matter and body. Line numbers refer to the file as the author sees it,
 * so that `kb validate` can point at the offending line.
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      missing: true,
      reason: "mangler front matter: filen skal starte med en linje '---'",
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && closing.test(l));
  if (end < 0) {
    return {
      ok: false,
      line: 1,
      missing: false,
      reason: "front matter åbnet i linje 1 lukkes aldrig med '---'",
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: true });
  // Front matter line n is file line n + 1 (the opening fence is line 1).
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    return { ok: false, line, missing: false, reason: `ugyldig YAML: ${firstLine(error.message)}` };
  }
  const values = new Map<string, { value: unknown; line: number }>();
  if (doc.contents === null) return { ok: true, frontMatter: { values, ...bodyOf(lines, end) } };
  if (!isMap(doc.contents)) {
    return {
      ok: false,
      line: 2,
      missing: false,
      reason: 'front matter skal være nøgle: værdi-par (et YAML-map)',
    };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
    const value: unknown = isNode(pair.value) ? pair.value.toJSON() : (pair.value ?? null);
    values.set(key, { value, line: fileLine(offset) });
  }
  return { ok: true, frontMatter: { values, ...bodyOf(lines, end) } };
}

function bodyOf(lines: string[], end: number): { body: string; bodyLine: number } {
  return { body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

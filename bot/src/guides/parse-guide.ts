import { readFrontMatter } from './front-matter';
import type { Guide, GuideProblem } from './guide';
import { isShortAnswer, splitSections, toPlainText } from './markdown-sections';

export interface ParsedGuide {
  guide: Guide | null;
  problems: GuideProblem[];
  /** Line of each front-matter key in the file, for problems found later (duplicate id, unknown center). */
  keyLines: Record<string, number>;
  /** The file has no front matter at all (a README, say), as opposed to a broken one. */
  noFrontMatter: boolean;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses one guide file (see docs/knowledge-format.md). `file` is only used in problems. */
export function parseGuide(text: string, file: string): ParsedGuide {
  const read = readFrontMatter(text);
  if (!read.ok) {
    return {
      guide: null,
      keyLines: {},
      noFrontMatter: read.missing,
      problems: [{ file, line: read.line, reason: read.reason }],
    };
  }
  const { values, body } = read.frontMatter;
  const keyLines = Object.fromEntries([...values].map(([k, v]) => [k, v.line]));
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

  const id = scalar('id');
  if (id === null || id === '')
    problem('id', values.has('id') ? "'id' er tom" : "mangler 'id' i front matter");
  else if (!idPattern.test(id)) {
    problem('id', `'id' må kun indeholde små bogstaver a-z, tal og bindestreg mellem dem (fik '${id}')`);
  }
  const title = scalar('title');
  if (!title) problem('title', values.has('title') ? "'title' er tom" : "mangler 'title' i front matter");
  const center = scalar('center')?.normalize('NFC') ?? null;
  if (!center)
    problem('center', values.has('center') ? "'center' er tom" : "mangler 'center' i front matter");
  else if (/\s/.test(center))
    problem('center', `'center' skal være en centerkode uden mellemrum (fik '${center}')`);

  const keywords = readKeywords(values.get('keywords')?.value, (reason) => problem('keywords', reason));
  const selfservice = scalar('selfservice') || null;
  if (selfservice !== null && !isWebAddress(selfservice)) {
    problem('selfservice', `'selfservice' skal være en http(s)-adresse (fik '${selfservice}')`);
  }
  const updated = scalar('updated') || null;
  if (updated !== null && !isRealDate(updated)) {
    problem('updated', `'updated' skal være en dato som ÅÅÅÅ-MM-DD (fik '${updated}')`);
  }
  if (problems.length > 0) return { guide: null, problems, keyLines, noFrontMatter: false };

  const sections = splitSections(body);
  const short = sections.find(isShortAnswer);
  const guide: Guide = {
    id: id!,
    title: title!,
    center: center!,
    keywords,
    selfservice,
    updated,
    shortAnswer: short ? toPlainText(short.text) : '',
    body: body.trim(),
    sections,
    file,
  };
  return { guide, problems, keyLines, noFrontMatter: false };
}

function readKeywords(value: unknown, report: (reason: string) => void): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(`'keywords' skal være en liste, fx [børnepas, samtykke] (fik ${describe(value)})`);
    return [];
  }
  const keywords: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' || typeof item === 'number') {
      if (String(item).trim()) keywords.push(String(item).trim());
    } else report(`'keywords' punkt ${i + 1} skal være en tekst, ikke ${describe(item)}`);
  });
  return keywords;
}

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

function isRealDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

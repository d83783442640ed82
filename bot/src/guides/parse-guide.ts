import { readFrontMatter } from './front-matter';
import { frontMatterFields } from './front-matter-fields';
import type { Guide, GuideProblem } from './guide';
import { isShortAnswer, splitSections, toPlainText } from './markdown-sections';
import { parseReferral } from './parse-referral';
import type { Referral } from './referral';

export interface ParsedGuide {
  guide: Guide | null;
  /** Set instead of `guide` when the file is a referral (`kind: referral`). */
  referral: Referral | null;
  problems: GuideProblem[];
  /** Line of each front-matter key in the file, for problems found later (duplicate id, unknown center). */
  keyLines: Record<string, number>;
  /** The file has no front matter at all (a README, say), as opposed to a broken one. */
  noFrontMatter: boolean;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const kinds = ['guide', 'referral'];

/** Parses one guide or referral file (see docs/knowledge-format.md). `file` is only used in problems. */
export function parseGuide(text: string, file: string): ParsedGuide {
  const read = readFrontMatter(text);
  if (!read.ok) {
    return {
      guide: null,
      referral: null,
      keyLines: {},
      noFrontMatter: read.missing,
      problems: [{ file, line: read.line, reason: read.reason }],
    };
  }
  const { values, body } = read.frontMatter;
  const fields = frontMatterFields(values, file);
  const { keyLines, problems, problem } = fields;
  const failed = (): ParsedGuide => ({
    guide: null,
    referral: null,
    problems,
    keyLines,
    noFrontMatter: false,
  });

  const kind = fields.scalar('kind') ?? 'guide';
  if (!kinds.includes(kind)) {
    problem('kind', `'kind' skal være guide eller referral (fik '${kind}')`);
    return failed();
  }
  if (kind === 'referral') {
    const referral = parseReferral(fields, body, file);
    return problems.length > 0 ? failed() : { ...failed(), referral };
  }

  const id = fields.id();
  const title = fields.required('title');
  const center = fields.required('center')?.normalize('NFC') ?? null;
  if (center && /\s/.test(center))
    problem('center', `'center' skal være en centerkode uden mellemrum (fik '${center}')`);
  const keywords = fields.keywords();
  const selfservice = fields.webAddress('selfservice');
  const updated = fields.scalar('updated') || null;
  if (updated !== null && !isRealDate(updated)) {
    problem('updated', `'updated' skal være en dato som ÅÅÅÅ-MM-DD (fik '${updated}')`);
  }
  if (problems.length > 0) return failed();

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
  return { ...failed(), guide };
}

function isRealDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

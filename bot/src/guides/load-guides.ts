import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import type { Guide, GuideProblem } from './guide';
import { parseGuide } from './parse-guide';
import { isReferral, type Referral } from './referral';

export interface LoadedGuides {
  guides: Guide[];
  referrals: Referral[];
  problems: GuideProblem[];
}

/**
 * Reads every *.md below `dir` (guides and referrals) (any sub-folder; the folder carries no meaning). A broken guide is
 * reported and skipped; the rest still load. A README.md without front matter is documentation,
 * not a guide, and is skipped silently. Order is by path, so ids and results are reproducible.
 */
export function loadGuides(dir: string, knownCenterCodes?: readonly string[]): LoadedGuides {
  const known = knownCenterCodes ? new Set(knownCenterCodes.map((c) => c.normalize('NFC'))) : null;
  const guides: Guide[] = [];
  const referrals: Referral[] = [];
  const problems: GuideProblem[] = [];
  const firstFileOfId = new Map<string, string>();

  for (const file of listMarkdown(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file: relative, line: 1, reason: `kan ikke læse filen: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseGuide(text, relative);
    if (parsed.noFrontMatter && path.basename(file).toLowerCase() === 'readme.md') continue;
    problems.push(...parsed.problems);
    const entry = parsed.guide ?? parsed.referral;
    if (!entry) continue;

    // Guides and referrals share one id space: a card button names either by its id.
    const earlier = firstFileOfId.get(entry.id);
    if (earlier !== undefined) {
      const reason = `id '${entry.id}' er allerede brugt i ${earlier}; denne fil springes over`;
      problems.push({ file: relative, line: parsed.keyLines.id ?? 1, reason });
      continue;
    }
    if (isReferral(entry)) {
      firstFileOfId.set(entry.id, relative);
      referrals.push(entry);
      continue;
    }
    const guide = entry;
    if (known && !known.has(guide.center)) {
      const reason = `ukendt centerkode '${guide.center}' (kendte: ${[...known].join(', ')})`;
      problems.push({ file: relative, line: parsed.keyLines.center ?? 1, reason });
      continue;
    }
    firstFileOfId.set(guide.id, relative);
    guides.push(guide);
  }
  return { guides, referrals, problems };
}

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('CONFIG_INVALID', `knowledge folder not found: ${dir}`, { setting: 'KNOWLEDGE_DIR' });
  }
  const found: string[] = [];
  const walk = (current: string) => {
    const entries = fs.readdirSync(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(full);
    }
  };
  walk(dir);
  return found;
}

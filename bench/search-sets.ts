import fs from 'node:fs';
import path from 'node:path';

/** One query set and the guides it is about. */
export interface QuerySet {
  /** Column heading in the bench table. */
  name: string;
  /** Folder of guides (the index is built from it). */
  dir: string;
  queries: string;
  /**
   * Held out: only aggregate figures may ever be printed, and nothing is tuned on it (see
   * bench/blind/README.md). `bench/search-failures.ts` refuses to list its queries.
   */
  heldOut: boolean;
}

const repo = path.resolve(__dirname, '..');
const blind = path.join(__dirname, 'blind');

/**
 * `../shared/eval` beside the repository; from a git worktree elsewhere, beside the main checkout
 * (a worktree's `.git` is a file naming `<main>/.git/worktrees/<name>`).
 */
export function findEvalDir(root = repo): string | null {
  const candidates = [path.resolve(root, '../shared/eval')];
  const dotGit = path.join(root, '.git');
  if (fs.existsSync(dotGit) && fs.statSync(dotGit).isFile()) {
    const gitdir = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (gitdir) candidates.push(path.resolve(gitdir, '../../../../shared/eval'));
  }
  return candidates.find((c) => fs.existsSync(path.join(c, 'guides'))) ?? null;
}

/** The blind sets: over the 78 evaluation guides, and unseen topics with their own 40 guides. */
const blindOnEvalGuides: [name: string, file: string, heldOut: boolean][] = [
  ['blind a', 'eval-blind-a.jsonl', false],
  ['blind b', 'eval-blind-b.jsonl', false],
  ['blind c', 'eval-blind-c.jsonl', false],
  ['blind d', 'eval-blind-d.jsonl', false],
  ['blind e', 'eval-blind-e.jsonl', false],
  ['blind f', 'eval-blind-f.jsonl', false],
  // Written at the end of decision 0060 for the next round, not read (bench/blind/README.md).
  ['blind g', 'eval-blind-g.jsonl', true],
];
const unseenTopics: [name: string, folder: string, file: string, heldOut: boolean][] = [
  ['topics c', 'topics-c', 'topics-c-queries.jsonl', false],
  ['unseen topics', 'unseen', 'unseen-queries.jsonl', false],
  ['unseen d', 'unseen-d', 'unseen-d-queries.jsonl', false],
  ['unseen e', 'unseen-e', 'unseen-e-queries.jsonl', false],
  ['unseen f', 'unseen-f', 'unseen-f-queries.jsonl', false],
  ['unseen g', 'unseen-g', 'unseen-g-queries.jsonl', false],
  // Written at the end of decision 0060 for the next round, not read (bench/blind/README.md).
  ['unseen h', 'unseen-h', 'unseen-h-queries.jsonl', true],
];

/** Every set there is, whether or not its files are in this checkout. */
function allSets(evalDir: string | null): QuerySet[] {
  // Without ../shared/eval the blind sets have no guides, but are still known (for isHeldOut).
  const guides = evalDir ? path.join(evalDir, 'guides') : '';
  const sets: QuerySet[] = evalDir
    ? [
        { name: 'dev', dir: guides, queries: path.join(evalDir, 'queries-dev.jsonl'), heldOut: false },
        {
          name: 'hold-out',
          dir: guides,
          queries: path.join(__dirname, 'queries-holdout.jsonl'),
          heldOut: false,
        },
      ]
    : [];
  for (const [name, file, heldOut] of blindOnEvalGuides)
    sets.push({ name, dir: guides, queries: path.join(blind, file), heldOut });
  for (const [name, folder, file, heldOut] of unseenTopics)
    sets.push({ name, dir: path.join(blind, folder), queries: path.join(blind, file), heldOut });
  return sets;
}

/**
 * Every set the bench reports, those whose files exist: the development and hold-out queries, the
 * blind sets written from the titles only over the 78 evaluation guides, and the unseen-topics sets
 * with their own guides. Which are held out: the tables above and bench/blind/README.md.
 */
export function searchSets(evalDir = findEvalDir()): QuerySet[] {
  return allSets(evalDir).filter((s) => s.dir !== '' && fs.existsSync(s.dir) && fs.existsSync(s.queries));
}

/** Whether a query file is held out (never listed query by query), also when copied elsewhere. */
export function isHeldOut(queries: string, evalDir = findEvalDir()): boolean {
  const name = path.basename(queries);
  return allSets(evalDir).some((s) => s.heldOut && path.basename(s.queries) === name);
}

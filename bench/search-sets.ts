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

/**
 * Every set the bench reports, those whose files exist: the development and hold-out queries, the
 * blind sets written from the titles only over the 78 evaluation guides (e held out), and the
 * unseen-topics sets with their own guides (f held out). See bench/blind/README.md.
 */
export function searchSets(evalDir = findEvalDir()): QuerySet[] {
  const sets: QuerySet[] = [];
  if (evalDir) {
    const guides = path.join(evalDir, 'guides');
    sets.push(
      { name: 'dev', dir: guides, queries: path.join(evalDir, 'queries-dev.jsonl'), heldOut: false },
      {
        name: 'hold-out',
        dir: guides,
        queries: path.join(__dirname, 'queries-holdout.jsonl'),
        heldOut: false,
      },
      { name: 'blind a', dir: guides, queries: path.join(blind, 'eval-blind-a.jsonl'), heldOut: false },
      { name: 'blind b', dir: guides, queries: path.join(blind, 'eval-blind-b.jsonl'), heldOut: false },
      { name: 'blind c', dir: guides, queries: path.join(blind, 'eval-blind-c.jsonl'), heldOut: false },
      { name: 'blind d', dir: guides, queries: path.join(blind, 'eval-blind-d.jsonl'), heldOut: false },
      { name: 'blind e', dir: guides, queries: path.join(blind, 'eval-blind-e.jsonl'), heldOut: true },
    );
  }
  sets.push({
    name: 'topics c',
    dir: path.join(blind, 'topics-c'),
    queries: path.join(blind, 'topics-c-queries.jsonl'),
    heldOut: false,
  });
  sets.push({
    name: 'unseen topics',
    dir: path.join(blind, 'unseen'),
    queries: path.join(blind, 'unseen-queries.jsonl'),
    heldOut: false,
  });
  sets.push({
    name: 'unseen d',
    dir: path.join(blind, 'unseen-d'),
    queries: path.join(blind, 'unseen-d-queries.jsonl'),
    heldOut: false,
  });
  sets.push({
    name: 'unseen e',
    dir: path.join(blind, 'unseen-e'),
    queries: path.join(blind, 'unseen-e-queries.jsonl'),
    heldOut: false,
  });
  // Written for the next round and not yet read (bench/blind/README.md).
  sets.push({
    name: 'unseen f',
    dir: path.join(blind, 'unseen-f'),
    queries: path.join(blind, 'unseen-f-queries.jsonl'),
    heldOut: true,
  });
  return sets.filter((s) => fs.existsSync(s.dir) && fs.existsSync(s.queries));
}

/** Whether a query file is held out (never listed query by query), also when copied elsewhere. */
export function isHeldOut(queries: string, evalDir = findEvalDir()): boolean {
  const file = path.resolve(queries);
  if (/blind-e|unseen-f/i.test(path.basename(file))) return true;
  return searchSets(evalDir).some((s) => s.heldOut && path.resolve(s.queries) === file);
}

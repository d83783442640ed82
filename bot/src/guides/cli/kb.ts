import fs from 'node:fs';
import path from 'node:path';
import { loadCenters } from '../../centers/load-centers';
import { isAppError } from '../../shared/errors';
import { synonymFiles } from '../load-catalog';
import { loadGuides } from '../load-guides';
import { buildGuideIndex } from '../search/guide-index';
import { loadSynonyms } from '../search/synonyms';
import { parseKbArgs, productFile, usage, type KbArgs } from './kb-args';
import { searchLine, searchStream } from './kb-search';

/**
 * The knowledge CLI (design.md §6). stdout carries only the contract output (JSON lines for
 * search, `file:line: reason` for validate); everything else goes to stderr.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseKbArgs(argv, process.env);
  if (typeof args === 'string') {
    process.stderr.write(`kb: ${args}\n${usage}\n`);
    return 2;
  }
  return args.command === 'search' ? search(args) : validate(args);
}

async function search(args: KbArgs): Promise<number> {
  const { guides, referrals, problems } = loadGuides(args.dir);
  const synonyms = loadSynonyms(synonymFiles(args.dir, productFile('synonyms.yaml')));
  const index = buildGuideIndex([...guides, ...referrals], synonyms);
  process.stderr.write(
    `kb: ${guides.length} vejledninger og ${referrals.length} henvisninger fra ${args.dir} (${problems.length} med fejl)\n`,
  );
  const options = { center: args.center, shown: args.shown };
  if (!args.stdin) {
    process.stdout.write(searchLine(index, args.words.join(' '), options) + '\n');
    return 0;
  }
  await searchStream(index, process.stdin, process.stdout, options);
  return 0;
}

function validate(args: KbArgs): number {
  const own = path.join(args.dir, 'centers.yaml');
  const centers = loadCenters(fs.existsSync(own) ? own : productFile('centers.yaml'));
  const { guides, referrals, problems } = loadGuides(
    args.dir,
    centers.map((c) => c.code),
  );
  const lines = problems.map(
    (p) => `${path.relative(process.cwd(), path.join(args.dir, p.file))}:${p.line}: ${p.reason}`,
  );
  try {
    loadSynonyms(synonymFiles(args.dir, productFile('synonyms.yaml')));
  } catch (error) {
    lines.push(isAppError(error) ? error.message.replace(/^CONFIG_INVALID: /, '') : String(error));
  }
  if (guides.length === 0 && problems.length === 0)
    lines.push(`${args.dir}: ingen vejledninger (*.md) fundet`);
  for (const line of lines) process.stdout.write(line + '\n');
  // Not an error, but a short search finds such a guide by its title and id alone (decision 0060).
  const unnamed = guides.filter((g) => g.keywords.length === 0).map((g) => g.file);
  if (unnamed.length > 0)
    process.stderr.write(
      `kb: ${unnamed.length} vejledninger uden keywords; en søgning på op til otte ord finder dem kun på titel og id: ${unnamed.join(', ')}\n`,
    );
  if (lines.length > 0) {
    process.stderr.write(
      `kb: ${lines.length} fejl; ${guides.length} vejledninger og ${referrals.length} henvisninger er i orden\n`,
    );
    return 1;
  }
  process.stdout.write(
    `OK: ${guides.length} vejledninger og ${referrals.length} henvisninger i ${args.dir}, ingen fejl\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kb: ${isAppError(error) ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exitCode = 2;
  },
);

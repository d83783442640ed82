import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The rooms of bot/src are held by `npm run lint` (eslint.config.mjs, decision 0057): a file that
 * reaches into a room it may not import fails lint. ESLint reads the probe from stdin as if it
 * were the named file, so nothing is written into bot/src.
 */
const repo = path.resolve(__dirname, '..', '..');
const eslint = path.join(repo, 'node_modules', '.bin', 'eslint');

function lint(file: string, source: string): { ok: boolean; output: string } {
  const run = spawnSync(eslint, ['--stdin', '--stdin-filename', file], {
    cwd: repo,
    input: source,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

const refused: [string, string, string][] = [
  [
    'a domain room importing the Teams adapter',
    'bot/src/guides/probe.ts',
    "import '../teams/center-membership';",
  ],
  ['a use case importing storage', 'bot/src/callbacks/probe.ts', "import '../storage/store';"],
  ['the coordinator importing HTTP', 'bot/src/coordinator/probe.ts', "import '../http/tab-api/csv';"],
  ['the kernel importing any room', 'bot/src/shared/probe.ts', "import '../callbacks/callback';"],
  [
    'texts importing a value of the outbox',
    'bot/src/texts/probe.ts',
    "import { outboxPayloads } from '../outbox/outbox-messages';\nexport const x = outboxPayloads;",
  ],
  [
    'a file two folders down reaching storage',
    'bot/src/guides/search/probe.ts',
    "import '../../storage/open-store';",
  ],
];

const allowed: [string, string, string][] = [
  ['every room may import the kernel', 'bot/src/guides/search/probe.ts', "import '../../shared/errors';"],
  [
    'texts may import the outbox types',
    'bot/src/texts/probe.ts',
    "import type { UndeliverableReason } from '../outbox/outbox-messages';\nexport type X = UndeliverableReason;",
  ],
  ['storage implements the ports', 'bot/src/storage/probe.ts', "import '../callbacks/callback-store';"],
];

describe('the rooms of bot/src', () => {
  test.each(refused)('%s fails lint', (_name, file, source) => {
    const result = lint(file, `${source}\n`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/may not import this room|may import only types from this room/);
  });

  test.each(allowed)('%s', (_name, file, source) => {
    const result = lint(file, `${source}\n`);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });
});

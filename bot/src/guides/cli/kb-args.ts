import path from 'node:path';
import { repoRoot } from '../../config/repo-root';

export interface KbArgs {
  command: 'search' | 'validate';
  dir: string;
  stdin: boolean;
  center: string | undefined;
  /** Print only the guides the bot's results card would show (see search/shown.ts). */
  shown: boolean;
  /** Words given on the command line, searched as one query when --stdin is absent. */
  words: string[];
}

export const usage = `Brug:
  kb search --dir DIR --stdin [--center KODE] [--shown]   én søgning pr. linje på stdin, én JSON-linje pr. søgning
  kb search --dir DIR [--center KODE] [--shown] ord ...     én søgning fra kommandolinjen
    --shown: kun de vejledninger, botten viser på sit svarkort
  kb validate --dir DIR                           tjek alle vejledninger; exit 1 ved fejl
--dir er som standard $KNOWLEDGE_DIR, ellers ./knowledge.`;

/** Parses the command line; returns a reason (for stderr) when it cannot be understood. */
export function parseKbArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): KbArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'search' && command !== 'validate') return `ukendt kommando: ${command ?? '(ingen)'}`;
  let dir = env.KNOWLEDGE_DIR?.trim() || 'knowledge';
  let stdin = false;
  let shown = false;
  let center: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--stdin') stdin = true;
    else if (arg === '--shown') shown = true;
    else if (arg === '--dir' || arg === '--center') {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} mangler en værdi`;
      if (arg === '--dir') dir = value;
      else center = value;
    } else if (arg.startsWith('--')) return `ukendt flag: ${arg}`;
    else words.push(arg);
  }
  if (command === 'search' && !stdin && words.length === 0) return 'search kræver --stdin eller en søgning';
  return { command, dir: path.resolve(dir), stdin, center, shown, words };
}

/** Product files resolved from the repository, not the working directory. */
export const productFile = (...parts: string[]): string =>
  path.join(repoRoot(__dirname), 'knowledge', ...parts);

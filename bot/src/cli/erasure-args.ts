import { z } from 'zod';

export type ErasureArgs =
  { command: 'export'; since: Date } | { command: 'reapply'; since: Date; journals: string[] };

export const usage = `Brug:
  erasures export [--since TID]                      skriv sletningsjournalen (JSON-linjer) til stdout
  erasures reapply --since TID [--journal FIL ...]   gentag hver sletning fra TID i den gendannede database
TID er et tidspunkt i ISO 8601 med tidszone, fx 2026-11-01T02:00:00Z (backuppens tidspunkt).
--journal læser JSON-linjer: en eksport fra »erasures export« eller appens egen log
(linjer med event "erasure.journal"). Databasens egen journal læses altid med.`;

const instant = z.iso.datetime({ offset: true });

/** Parses the command line; returns a Danish reason (for stderr) when it cannot be understood. */
export function parseErasureArgs(argv: readonly string[]): ErasureArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'export' && command !== 'reapply') return `ukendt kommando: ${command ?? '(ingen)'}`;
  let since: Date | undefined;
  const journals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (flag !== '--since' && flag !== '--journal') return `ukendt flag: ${flag}`;
    if (value === undefined || value.startsWith('--')) return `${flag} mangler en værdi`;
    i++;
    if (flag === '--journal') journals.push(value);
    else if (!instant.safeParse(value).success)
      return `--since skal være et tidspunkt med tidszone, fx 2026-11-01T02:00:00Z`;
    else since = new Date(value);
  }
  if (command === 'export') return { command, since: since ?? new Date(0) };
  if (!since) return 'reapply kræver --since (backuppens tidspunkt)';
  return { command, since, journals };
}

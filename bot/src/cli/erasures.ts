import fs from 'node:fs';
import readline from 'node:readline';
import { citizenKeyFor } from '../callbacks/citizen-key';
import {
  journalEvent,
  journalFields,
  parseJournalLine,
  type ErasureJournalEntry,
} from '../callbacks/erasure-journal';
import { reapplyErasures } from '../callbacks/reapply-erasures';
import { loadConfig } from '../config/config';
import { isAppError } from '../shared/errors';
import { createLogger } from '../shared/logger';
import { openStore } from '../storage/open-store';
import { parseErasureArgs, usage } from './erasure-args';

/**
 * `npm run erasures -- export|reapply` (docs/runbook.md, "Restoring a backup"): the erasure
 * journal out of the database, and back in after a restore. stdout carries only the output
 * (journal lines, or one summary line); the log goes to stderr.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseErasureArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`erasures: ${args}\n${usage}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel, sink: (line) => process.stderr.write(line + '\n') });
  const store = await openStore(config.storage, logger);
  try {
    const own = await store.erasures.since(args.since);
    if (args.command === 'export') {
      for (const entry of own)
        process.stdout.write(JSON.stringify({ event: journalEvent, ...journalFields(entry) }) + '\n');
      return 0;
    }
    const read = await readJournals(args.journals);
    if (typeof read === 'string') {
      process.stderr.write(`erasures: ${read}\n`);
      return 1;
    }
    const result = await reapplyErasures(
      {
        store,
        citizenKey: citizenKeyFor(config.accessLog.key),
        now: () => new Date(),
        logger,
        outboxChanged: () => undefined,
      },
      [...own, ...read],
      args.since,
    );
    process.stdout.write(JSON.stringify({ since: args.since.toISOString(), ...result }) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

/** Every entry in the files, once each; a broken entry stops the run before anything changes. */
async function readJournals(files: readonly string[]): Promise<ErasureJournalEntry[] | string> {
  const entries = new Map<string, ErasureJournalEntry>();
  for (const file of files) {
    if (!fs.existsSync(file)) return `${file}: filen findes ikke`;
    let number = 0;
    for await (const line of readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    })) {
      number++;
      const entry = parseJournalLine(line);
      if (entry === null) continue;
      if ('invalid' in entry) return `${file}:${number}: ugyldig journallinje (${entry.invalid})`;
      entries.set(entry.id, entry);
    }
  }
  return [...entries.values()];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`erasures: ${isAppError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

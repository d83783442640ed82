import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { GuideIndex } from '../search/guide-index';
import { maxShown, shownHits } from '../search/shown';

export interface SearchLineOptions {
  center: string | undefined;
  /** Only what the bot's results card shows (`--shown`), else every hit up to 10. */
  shown: boolean;
}

/**
 * The contract of `kb search`: one JSON line per query, best hit first, at most 10 hits; with
 * `--shown`, exactly the guides the bot's card would show, in the same shape.
 */
export function searchLine(index: GuideIndex, query: string, { center, shown }: SearchLineOptions): string {
  const found = index.search(query, { center, limit: shown ? maxShown : 10 });
  const hits = (shown ? shownHits(found) : found).map((h) => ({ id: h.guide.id, score: h.score }));
  return JSON.stringify({ q: query, hits });
}

/** Answers each line of `input` as it arrives, so that a caller can stream queries. */
export async function searchStream(
  index: GuideIndex,
  input: Readable,
  output: Writable,
  options: SearchLineOptions,
): Promise<number> {
  let count = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    output.write(searchLine(index, line.replace(/\r$/, ''), options) + '\n');
    count++;
  }
  return count;
}

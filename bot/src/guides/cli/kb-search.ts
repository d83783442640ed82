import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { GuideIndex } from '../search/guide-index';

/** The contract of `kb search`: one JSON line per query, best hit first, at most 10 hits. */
export function searchLine(index: GuideIndex, query: string, center: string | undefined): string {
  const hits = index.search(query, { center, limit: 10 }).map((h) => ({ id: h.guide.id, score: h.score }));
  return JSON.stringify({ q: query, hits });
}

/** Answers each line of `input` as it arrives, so that a caller can stream queries. */
export async function searchStream(
  index: GuideIndex,
  input: Readable,
  output: Writable,
  center: string | undefined,
): Promise<number> {
  let count = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    output.write(searchLine(index, line.replace(/\r$/, ''), center) + '\n');
    count++;
  }
  return count;
}

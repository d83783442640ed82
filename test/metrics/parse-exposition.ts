/**
 * Reads a Prometheus text exposition back into samples, checking what a scraper would reject:
 * a sample without a TYPE line for its family, a malformed line, a duplicate series.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/;
const labelPair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram)$/.exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (line.startsWith('# HELP ')) continue;
    const m = sampleLine.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const name = m[1]!;
    const family = name.replace(/_(bucket|sum|count)$/, '');
    if (!types.has(name) && types.get(family) !== 'histogram') throw new Error(`no TYPE for ${name}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[3] ?? '').matchAll(labelPair)) {
      labels[k!] = v!.replace(/\\(.)/g, (_all, c: string) => (c === 'n' ? '\n' : c));
    }
    const key = `${name}${JSON.stringify(labels)}`;
    if (seen.has(key)) throw new Error(`duplicate series ${key}`);
    seen.add(key);
    const value = m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : Number(m[4]);
    samples.push({ name, labels, value });
  }
  return { samples, types };
}

/** The value of the one sample with this name whose labels include `labels`; undefined if none. */
export function valueOf(
  samples: readonly Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${found.length} series match ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

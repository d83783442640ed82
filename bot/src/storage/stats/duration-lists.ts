import type { DurationSummary } from '../../coordinator/stats-store';

/**
 * A day's working-hour durations as stored in stats_duration_days (base64 of little-endian
 * float64: compact, the same text in both databases, decoded without parsing numbers), and exact
 * percentiles over many days' values without sorting them.
 */
const width = 8;

export function encodeDurations(values: readonly number[]): string {
  const buffer = Buffer.alloc(values.length * width);
  values.forEach((v, i) => buffer.writeDoubleLE(v, i * width));
  return buffer.toString('base64');
}

export function decodeDurations(text: string): number[] {
  const buffer = Buffer.from(text, 'base64');
  const values: number[] = [];
  for (let offset = 0; offset + width <= buffer.length; offset += width)
    values.push(buffer.readDoubleLE(offset));
  return values;
}

/** Many stored lists (and loose values) as one array, for selecting percentiles from. */
export class DurationPool {
  private readonly lists: string[] = [];
  private readonly loose: number[] = [];
  private size = 0;

  addEncoded(text: string): void {
    this.lists.push(text);
    this.size += Math.floor(Buffer.byteLength(text, 'base64') / width);
  }

  add(value: number): void {
    this.loose.push(value);
    this.size += 1;
  }

  get count(): number {
    return this.size;
  }

  /** Every value, in no particular order: a fresh array the caller may reorder. */
  values(): Float64Array {
    const all = new Float64Array(this.size);
    let k = 0;
    if (littleEndian) {
      // Decoded straight into the array's memory: a year is ~100,000 values per kind.
      const bytes = Buffer.from(all.buffer);
      let offset = 0;
      for (const text of this.lists) offset += bytes.write(text, offset, 'base64');
      k = offset / width;
    } else {
      for (const text of this.lists) for (const v of decodeDurations(text)) all[k++] = v;
    }
    for (const v of this.loose) all[k++] = v;
    return all;
  }
}

const littleEndian = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

const fractions = { median: 0.5, p90: 0.9 } as const;

/** Median and p90 as percentile_cont computes them; reorders `values`. */
export function summarizeDurations(values: Float64Array): DurationSummary {
  return {
    count: values.length,
    medianMs: percentileOf(values, fractions.median),
    p90Ms: percentileOf(values, fractions.p90),
  };
}

/**
 * percentile_cont (linear interpolation between the two closest ranks) without sorting: the
 * lower rank by selection, the next one as the smallest value above it. Reorders `values`.
 */
export function percentileOf(values: Float64Array, fraction: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const rank = (n - 1) * fraction;
  const low = Math.floor(rank);
  const lowValue = selectInPlace(values, low);
  if (low + 1 >= n || rank === low) return lowValue;
  let next = Infinity;
  for (let i = low + 1; i < n; i++) if (values[i]! < next) next = values[i]!;
  return lowValue + (next - lowValue) * (rank - low);
}

/**
 * The k-th smallest value (0-based), leaving smaller-or-equal values before k and larger-or-equal
 * after it (Hoare's FIND, which stays fast with many equal values, e.g. zero-minute claims).
 */
function selectInPlace(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = medianOfThree(a[left]!, a[(left + right) >>> 1]!, a[right]!);
    let i = left;
    let j = right;
    do {
      while (a[i]! < pivot) i++;
      while (pivot < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) left = i;
    if (k < i) right = j;
  }
  return a[k]!;
}

const medianOfThree = (a: number, b: number, c: number): number =>
  a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;

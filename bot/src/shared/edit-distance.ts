/**
 * Optimal-string-alignment distance (Levenshtein plus swapped neighbours, "borgerforsalg"), giving
 * up with max + 1 as soon as every cell of a row exceeds `max`. Rows are reused between calls.
 */
export class DistanceRows {
  private prevPrev: Int32Array;
  private prev: Int32Array;
  private row: Int32Array;

  constructor(size: number) {
    this.prevPrev = new Int32Array(size);
    this.prev = new Int32Array(size);
    this.row = new Int32Array(size);
  }

  distance(a: string, b: string, max: number): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    if (b.length + 1 > this.row.length) return boundedDistance(a, b, max);
    for (let j = 0; j <= b.length; j++) this.prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
      const row = this.row;
      row[0] = i;
      let rowMin = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        let d = Math.min(this.prev[j]! + 1, row[j - 1]! + 1, this.prev[j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d = Math.min(d, this.prevPrev[j - 2]! + 1);
        row[j] = d;
        if (d < rowMin) rowMin = d;
      }
      if (rowMin > max) return max + 1;
      [this.prevPrev, this.prev, this.row] = [this.prev, this.row, this.prevPrev];
    }
    return Math.min(this.prev[b.length]!, max + 1);
  }
}

/** The same distance for one pair of words (see DistanceRows). */
export function boundedDistance(a: string, b: string, max: number): number {
  return new DistanceRows(Math.max(a.length, b.length) + 1).distance(a, b, max);
}

/**
 * The short reference of a callback (TB-1042), read aloud to the citizen and typed back by staff,
 * so parsing forgives case, spaces and dash variants.
 */
const referencePrefix = 'TB';

export function formatReference(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`A callback reference needs a positive integer sequence, got ${seq}`);
  }
  return `${referencePrefix}-${seq}`;
}

const pattern = new RegExp(`^${referencePrefix}\\s*[-\\u2010-\\u2015]?\\s*(\\d{1,15})$`, 'i');

/** 'tb 1042', 'TB-1042', ' Tb–1042 ' -> { seq: 1042, reference: 'TB-1042' }; null otherwise. */
export function parseReference(text: string): { seq: number; reference: string } | null {
  const digits = pattern.exec(text.trim())?.[1];
  if (digits === undefined) return null;
  const seq = Number(digits);
  return seq >= 1 ? { seq, reference: formatReference(seq) } : null;
}

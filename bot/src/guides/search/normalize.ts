/**
 * Text normalization for Danish search. Two levels:
 * - `deaccent`: lowercase, é → e, ü → u, but æ, ø and å kept (the stemmer needs them);
 * - `skeleton`: the matching form, where æ/ae/a, ø/oe/o and å/aa/a all meet, because agents type
 *   "gaeld", "gald" or "gæld" for the same word, depending on keyboard and habit.
 */
const keepLetters = new Set(['æ', 'ø', 'å']);
// Neighbouring languages' letters that Danes use for æ and ø on foreign keyboards.
const lookalikes: Record<string, string> = { ä: 'æ', ö: 'ø', ß: 'ss' };

export function deaccent(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLocaleLowerCase('da')) {
    const mapped = lookalikes[ch];
    if (mapped !== undefined) out += mapped;
    else if (keepLetters.has(ch) || ch.charCodeAt(0) < 0x80) out += ch;
    else out += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** The form two spellings of one word share; input comes from `deaccent`. */
export function skeleton(word: string): string {
  return word
    .replace(/aa|ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[æå]/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/x/g, 'ks');
}

/**
 * Words of a text, each as its hyphen-separated parts ("p-plads" → ["p", "plads"]), deaccented.
 * Anything that is not a letter or digit separates words.
 */
export function splitWords(text: string): string[][] {
  const words: string[][] = [];
  for (const match of deaccent(text).matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu)) {
    words.push(match[0].split(/[-‐‑]/));
  }
  return words;
}

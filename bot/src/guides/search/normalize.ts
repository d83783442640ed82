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
  const lower = text.normalize('NFC').toLocaleLowerCase('da');
  if (/^[\p{ASCII}æøå]*$/u.test(lower)) return lower;
  let out = '';
  for (const ch of lower) {
    const mapped = lookalikes[ch];
    if (mapped !== undefined) out += mapped;
    else if (keepLetters.has(ch) || ch.charCodeAt(0) < 0x80) out += ch;
    else out += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** The form two spellings of one word share; input comes from `deaccent`. One pass, left to right. */
export function skeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    if ((c === 'a' && (next === 'a' || next === 'e')) || (c === 'o' && next === 'e')) {
      out += c; // aa, ae → a; oe → o
      i++;
    } else if (c === 'æ' || c === 'å') out += 'a';
    else if (c === 'ø') out += 'o';
    else if (c === 'x') out += 'ks';
    else out += c;
  }
  return out;
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

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
 * A reference to a paragraph of a law, however it is typed: "§ 83", "§83", "§ 83a", "paragraf 83",
 * "pgf. 83", with any "stk. 2", "nr. 3" or "litra a" after it. It becomes one word, "§83", so that
 * the municipal vocabulary can say what it grants and a bare number does not match prices or ages.
 */
const paragraphReference =
  /(?:§+|\bparagraf(?:fen|fer|ferne)?\b|\bpgf\b\.?|\bpar\.)\s*(\d+)([a-z](?![\p{L}\p{N}]))?(?:\s*,?\s*(?:stk|nr|litra)\b\.?\s*(?:\d+|[a-z](?![\p{L}\p{N}])))*/gu;
const word = /§\d+[a-z]?|[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * Words of a text, each as its hyphen-separated parts ("p-plads" → ["p", "plads"]), deaccented.
 * Anything that is not a letter or digit separates words; a paragraph reference is one word.
 */
export function splitWords(text: string): string[][] {
  let lower = deaccent(text);
  if (/§|par|pgf/.test(lower))
    lower = lower.replace(paragraphReference, (_, n: string, letter = '') => ` §${n}${letter} `);
  const words: string[][] = [];
  for (const match of lower.matchAll(word)) words.push(match[0].split(/[-‐‑]/));
  return words;
}

/**
 * "ae", "oe" and "aa" read as the letters they stand for on a keyboard without æ, ø and å. Only
 * for a typed word the guides do not know as it is (query-plan.ts): the stemmer reads
 * "tilhoerer", "aaret" and "fravaerende" differently from "tilhører", "året" and "fraværende",
 * while "naboen" and "fakturaer" are nabo + en and faktura + er.
 */
export function danishLetters(word: string): string {
  return word.replace(/a[ae]|oe/g, (pair) => (pair === 'aa' ? 'å' : pair === 'ae' ? 'æ' : 'ø'));
}

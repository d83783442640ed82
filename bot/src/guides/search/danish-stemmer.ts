/**
 * The Snowball Danish stemmer (https://snowballstem.org/algorithms/danish/stemmer.html), written
 * out by hand: mark R1, then main suffix, consonant pair, other suffix and undouble, each confined
 * to R1. Input is one lowercase word; æ, ø and å are letters of their own here.
 */
const vowels = new Set('aeiouyæåø');
const consonants = new Set('bcdfghjklmnpqrstvwxz');
const sEndings = new Set('abcdfghjklmnoprtvyzå');

const mainSuffixes = [
  'hed',
  'ethed',
  'ered',
  'e',
  'erede',
  'ende',
  'erende',
  'ene',
  'erne',
  'ere',
  'en',
  'heden',
  'eren',
  'er',
  'heder',
  'erer',
  'heds',
  'es',
  'endes',
  'erendes',
  'enes',
  'ernes',
  'eres',
  'ens',
  'hedens',
  'erens',
  'ers',
  'ets',
  'erets',
  'et',
  'eret',
  's',
].sort((a, b) => b.length - a.length);
const otherSuffixes = ['elig', 'lig', 'els', 'ig'];
const pairs = ['gd', 'dt', 'gt', 'kt'];

export function stemDanish(word: string): string {
  const p1 = markR1(word);
  let w = mainSuffix(word, p1);
  w = consonantPair(w, p1);
  w = otherSuffix(w, p1);
  return undouble(w, p1);
}

/** R1 starts after the first non-vowel that follows a vowel, but never before position 3. */
function markR1(w: string): number {
  if (w.length < 3) return w.length;
  let i = 0;
  while (i < w.length && !vowels.has(w[i]!)) i++;
  i++;
  while (i < w.length && vowels.has(w[i]!)) i++;
  if (i >= w.length) return w.length;
  return Math.max(i + 1, 3);
}

const inR1 = (w: string, suffix: string, p1: number) => w.endsWith(suffix) && w.length - suffix.length >= p1;

function mainSuffix(w: string, p1: number): string {
  const suffix = mainSuffixes.find((s) => inR1(w, s, p1));
  if (suffix === undefined) return w;
  if (suffix === 's') return sEndings.has(w[w.length - 2] ?? '') ? w.slice(0, -1) : w;
  return w.slice(0, -suffix.length);
}

function consonantPair(w: string, p1: number): string {
  return pairs.some((p) => inR1(w, p, p1)) ? w.slice(0, -1) : w;
}

function otherSuffix(word: string, p1: number): string {
  // "igst" loses "st" wherever it is; the "ig" left behind is then handled with the rest.
  const w = word.endsWith('igst') ? word.slice(0, -2) : word;
  if (inR1(w, 'løst', p1)) return w.slice(0, -1);
  const suffix = otherSuffixes.find((s) => inR1(w, s, p1));
  return suffix === undefined ? w : consonantPair(w.slice(0, -suffix.length), p1);
}

function undouble(w: string, p1: number): string {
  const last = w[w.length - 1];
  if (last === undefined || !consonants.has(last) || w.length - 1 < p1) return w;
  return w[w.length - 2] === last ? w.slice(0, -1) : w;
}

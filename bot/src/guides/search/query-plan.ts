import { isContentWord, readWords, surfaceKey, termKey, trialKey, type Word } from './analyzer';
import type { Decompounder } from './decompound';
import { danishLetters } from './normalize';
import { isNumberWord, isPersonWord, isPlaceWord, isStopWord, isTimeWord, isWeakWord } from './stop-words';
import type { SynonymMatcher } from './synonym-matcher';
import { correct } from './typo';
import type { Vocabulary } from './vocabulary';

type AlternativeKind = 'exact' | 'joined' | 'parts' | 'prefix' | 'derived' | 'typo' | 'synonym';

/** One way to match a concept: all its terms (averaged), worth `weight` (1 = exactly what was typed). */
export interface Alternative {
  kind: AlternativeKind;
  terms: string[];
  weight: number;
}

/** One idea in the query (a word, a compound written in two words, a synonym phrase). */
export interface Concept {
  text: string;
  alternatives: Alternative[];
  /** How many typed words it stands for (a weak word such as "finde" counts half). */
  weight: number;
  /** A framing verb or a number: no part of the topic when the guide does not use it (confidence.ts). */
  weak?: boolean;
}

export interface PlanContext {
  vocabulary: Vocabulary;
  decompounder: Decompounder;
  synonyms: SynonymMatcher;
  /** A term few guides use, so that it tells them apart. */
  isDistinctive: (term: string) => boolean;
  /**
   * A term that leads somewhere: a guide uses it or the lexicon reads it. Two typed words are joined
   * only into such a term; a word the lexicon merely mentions ("stofmisbrugsbehandling") would
   * swallow two words that each lead somewhere.
   */
  reaches: (term: string) => boolean;
}

/** Weights of the repairs, relative to an exact match. */
const repairWeight = {
  prefix: 0.6,
  parts: 0.85,
  typo1: 0.85,
  typo2: 0.7,
  synonym: 0.9,
  joinedParts: 0.8,
  derived: 0.85,
  head: 0.7,
};
/**
 * Danish verbal nouns and their verbs: bekymre/bekymring, ansøge/ansøgning, opsige/opsigelse,
 * vurdere/vurdering. The stemmer keeps the noun whole, so "bekymret" and "bekymring" would
 * otherwise only meet as a prefix, worth far less than the same word in another form.
 */
const derivationSuffixes = ['ing', 'ning', 'ering', 'els', 'igels'];
const minDerivationBase = 3;
const irregularPlurals = [['barn', 'born']] as const;
const maxPrefixExpansions = 6;
const minPrefixLength = 4;
const maxPartVariants = 6;

interface Unit {
  text: string;
  key: string;
  /** Keys of the separate words when this unit joins two typed words. */
  joinedFrom: string[];
  words: number;
  /**
   * Read as typed, never repaired: "§ 100" is no misspelling of "§ 110", nor a prefix of "§ 100a",
   * and a town is a town ("Kongens" is no "konge").
   */
  literal?: boolean;
}

/**
 * Turns a typed query into concepts: joins words that the guides write as one ("hjemme hjælp"),
 * repairs unknown words (compound split, then typo), and expands synonym phrases.
 */
export function planQuery(query: string, ctx: PlanContext): Concept[] {
  const units = joinCompounds(readWords(query), ctx.vocabulary, ctx.reaches);
  const repaired = units.map((u) => ({ unit: u, ...repair(u, ctx) }));
  const primaries = repaired.map((r) => r.primary);
  const concepts: Concept[] = [];
  let topic = false;
  for (let i = 0; i < repaired.length;) {
    let match = ctx.synonyms.longestMatch(primaries, i);
    let skipped = -1;
    if (!match) {
      const gapped = ctx.synonyms.gappedMatch(primaries, i);
      if (gapped) ({ match, skipped } = gapped);
    }
    if (match) {
      const span = repaired.slice(i, i + match.length).filter((_, j) => i + j !== skipped);
      const words = span.reduce((n, r) => n + r.unit.words, 0);
      concepts.push({
        text: span.map((r) => r.unit.text).join(' '),
        alternatives: [
          { kind: 'exact', terms: match.keys, weight: 1 },
          ...match.others.map((terms) => ({ kind: 'synonym' as const, terms, weight: repairWeight.synonym })),
          // The lexicon's word in another form the guides use ("spædbarn" → "spædbørn"), or as the
          // two words it was typed as ("akut bolig" is also akut + bolig, whatever "akutbolig" means).
          ...(match.length === 1
            ? span[0]!.alternatives.filter((a) => a.kind === 'derived' || a.kind === 'joined')
            : []),
        ],
        // A law's name says where the answer lies ("virksomhedspraktik LAB"), not what is asked.
        weight: match.context ? words / 2 : words,
        // "§ 91" is a different paragraph in each act: a guide that does not have it may still
        // answer the rest ("§ 91 frit valg"), like a number.
        weak: span.every((r) => r.unit.words < 1 || r.unit.key.startsWith('§')),
      });
      topic ||= match.context || words >= 1;
      if (skipped >= 0) concepts.push(ownConcept(repaired[skipped]!));
      i += match.length;
    } else {
      const r = repaired[i]!;
      concepts.push(ownConcept(r));
      topic ||= r.unit.words >= 1;
      i++;
    }
  }
  // Only framing words ("kan du høre mig", "vent lige"): there is no topic to answer. A law's name
  // alone is one: it points to what the law is about.
  return topic ? concepts : [];
}

/** A typed word (or two joined) that no lexicon phrase took: its own concept, with its repairs. */
const ownConcept = (r: { unit: Unit; alternatives: Alternative[] }): Concept => ({
  text: r.unit.text,
  alternatives: r.alternatives,
  weight: r.unit.words,
  weak: r.unit.words < 1,
});

/** The terms of a phrase as a query would see them, before repair: for compiling the lexicon. */
export function phraseTerms(phrase: string, vocabulary: Vocabulary): string[] {
  return joinCompounds(readWords(phrase), vocabulary, () => true).map((u) => u.key);
}

function joinCompounds(words: Word[], vocabulary: Vocabulary, reaches: (key: string) => boolean): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    // "til skud" is tilskud, but "hav en" is no "haven": an article or pronoun does not end a compound.
    const joined =
      b && (!b.stop || isPersonWord(b.surface)) ? findJoin(a.surface, b.surface, vocabulary, reaches) : null;
    if (joined && b) {
      const from = [a, b].filter((w) => !w.stop).map((w) => termKey(w.surface));
      units.push({ text: `${a.surface} ${b.surface}`, key: joined, joinedFrom: from, words: from.length });
      i++;
    } else if (!a.stop && isContentWord(a.surface)) {
      const key = knownKey(a.surface, vocabulary);
      // Ages, hours and amounts in a caller's sentence ("min søn på 14") are no topic; a number
      // the guides use ("0. klasse") may still help a little.
      const number = /^\d+$/.test(a.surface) || isNumberWord(a.surface);
      if (number && !vocabulary.hasKey(key)) continue;
      // "før sommerferien", "i morges": when, not what, unless the guides speak of it (and not
      // merely of a stop word with the same stem: "sommer" and "som").
      if (isTimeWord(a.surface) && (vocabulary.frequency(key) === 0 || isStopWord(key))) continue;
      // A paragraph neither the guides nor the lexicon know ("§ 76 efterværn") is where the caseworker
      // read it, not what is asked: like a number, it counts only when a guide has it.
      const paragraph = key.startsWith('§');
      const place = isPlaceWord(a.surface);
      const weak = number || (paragraph && !reaches(key)) || isWeakWord(a.surface) || place;
      const literal = paragraph || place;
      units.push({ text: a.surface, key, joinedFrom: [], words: weak ? 0.5 : 1, literal });
    }
  }
  return units;
}

/** The word's index term; for a word typed without æøå that only so is known, the known one. */
function knownKey(surface: string, vocabulary: Vocabulary): string {
  const key = termKey(surface);
  if (vocabulary.hasKey(key) || !/a[ae]|oe/.test(surface)) return key;
  const danish = termKey(danishLetters(surface));
  return vocabulary.hasKey(danish) ? danish : key;
}

function findJoin(
  a: string,
  b: string,
  vocabulary: Vocabulary,
  reaches: (key: string) => boolean,
): string | null {
  if (a.length < 2 || b.length < 2) return null;
  for (const link of ['', 's', 'e']) {
    const key = trialKey(a + link + b);
    if (vocabulary.hasKey(key) && reaches(key)) return key;
  }
  return null;
}

function repair(unit: Unit, ctx: PlanContext): { primary: string; alternatives: Alternative[] } {
  const { vocabulary, decompounder } = ctx;
  if (unit.joinedFrom.length > 0) {
    const alternatives: Alternative[] = [{ kind: 'exact', terms: [unit.key], weight: 1 }];
    alternatives.push({ kind: 'joined', terms: unit.joinedFrom, weight: repairWeight.joinedParts });
    return { primary: unit.key, alternatives };
  }
  if (unit.literal) return { primary: unit.key, alternatives: [exact(unit.key)] };
  if (vocabulary.hasKey(unit.key)) {
    // A compound the guides use may still be written apart in the guide that answers it; its
    // parts are not read through the lexicon ("lægehjælp" is no lid, "låg", of a bin).
    const alternatives: Alternative[] = [exact(unit.key)];
    alternatives.push(...partsOf(decompounder.split(surfaceKey(unit.text)), ctx, false));
    alternatives.push(...derivedForms(unit.key, vocabulary), ...prefixes(unit.key, vocabulary));
    return { primary: unit.key, alternatives };
  }
  // An unknown word may be a compound, a misspelling, or both look plausible: keep both readings.
  const skel = surfaceKey(unit.text);
  const alternatives: Alternative[] = [];
  const corrections = correct(skel, vocabulary);
  if (corrections.length > 0) {
    const d = corrections[0]!.distance;
    // Distance 0: the same word typed without æøå ("gaeld"), as good as typed with them.
    const weight = d === 0 ? 1 : d === 1 ? repairWeight.typo1 : repairWeight.typo2;
    const keys = new Set(corrections.map((c) => vocabulary.keyOfSurface(c.skel) ?? termKey(c.skel)));
    for (const key of keys) alternatives.push({ kind: 'typo', terms: [key], weight });
  }
  alternatives.push(...partsOf(decompounder.split(skel), ctx));
  alternatives.unshift(...derivedForms(unit.key, vocabulary));
  const first = alternatives[0];
  const primary = first?.kind === 'typo' || first?.kind === 'derived' ? first.terms[0]! : unit.key;
  if (alternatives.length > 0) return { primary, alternatives };
  const head = decompounder.head(skel);
  // "våbentilladelse" is no kind of naturtilladelse: a last part many guides use says too little.
  if (head && ctx.isDistinctive(head))
    return { primary, alternatives: [{ kind: 'parts', terms: [head], weight: repairWeight.head }] };
  // Unknown everywhere: keep it, so that it still counts against the match (see confidence.ts).
  return { primary: unit.key, alternatives: [...prefixes(unit.key, vocabulary)] };
}

const exact = (key: string): Alternative => ({ kind: 'exact', terms: [key], weight: 1 });

function prefixes(key: string, vocabulary: Vocabulary): Alternative[] {
  if (key.length < minPrefixLength) return [];
  return vocabulary
    .withPrefix(key, maxPrefixExpansions)
    .filter((term) => !derivationSuffixes.includes(term.slice(key.length)))
    .map((term) => ({ kind: 'prefix' as const, terms: [term], weight: repairWeight.prefix }));
}

/** The same word as verb or verbal noun, when the guides use that form (see `derivationSuffixes`). */
function derivedForms(key: string, vocabulary: Vocabulary): Alternative[] {
  const forms = new Set<string>();
  for (const suffix of derivationSuffixes) {
    // "pas" is no "pasning": a short word is too often another word's stem.
    if (key.length > minDerivationBase && vocabulary.hasKey(key + suffix)) forms.add(key + suffix);
    const base = key.slice(0, -suffix.length);
    if (key.endsWith(suffix) && base.length >= minDerivationBase && vocabulary.hasKey(base)) forms.add(base);
  }
  // "spædbarn" and "spædbørn": the one plural the stemmer and skeleton leave apart.
  for (const [one, many] of irregularPlurals) {
    if (key.endsWith(one) && vocabulary.hasKey(key.slice(0, -one.length) + many))
      forms.add(key.slice(0, -one.length) + many);
    if (key.endsWith(many) && vocabulary.hasKey(key.slice(0, -many.length) + one))
      forms.add(key.slice(0, -many.length) + one);
  }
  forms.delete(key);
  return [...forms].map((term) => ({ kind: 'derived', terms: [term], weight: repairWeight.derived }));
}

/**
 * A compound's parts, and the same with a part replaced by what the lexicon says it means:
 * "spædbarnsbesøg" is also sundhedsplejerske + besøg, "papircontainer" also papir + affaldsbeholder.
 */
function partsOf(parts: string[] | null, ctx: PlanContext, withMeanings = true): Alternative[] {
  if (!parts) return [];
  const alternatives: Alternative[] = [{ kind: 'parts', terms: parts, weight: repairWeight.parts }];
  if (!withMeanings) return alternatives;
  parts.forEach((part, i) => {
    const match = ctx.synonyms.longestMatch([part], 0);
    for (const other of match?.others ?? []) {
      if (other.length !== 1 || alternatives.length > maxPartVariants) continue;
      const terms = parts.map((p, j) => (j === i ? other[0]! : p));
      alternatives.push({ kind: 'parts', terms, weight: repairWeight.parts * repairWeight.synonym });
    }
  });
  return alternatives;
}

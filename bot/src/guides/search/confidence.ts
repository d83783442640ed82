import type { Concept } from './query-plan';
import type { ConceptMatch } from './ranking';
import { idfOf, type TermStats } from './term-stats';

export interface Evidence {
  /** Share of the query's information (idf-weighted concepts) that the guide matches, 0..1. */
  coverage: number;
  /** Share of it matched where the guide says what it is about (title, keywords, short answer). */
  prominence: number;
  /** Share of it in concepts the guide is named by (title, keywords, id; see ConceptMatch). */
  named: number;
  concepts: number;
  /** Words typed, stop words included: a long sentence is a caller's own words, not keywords. */
  typedWords: number;
}

/**
 * Whether the best guide answers the query, as a confidence in (0, 1], or 0 for "no guide".
 * Short queries must be mostly covered, and covered where the guide says what it is about (not a
 * word in passing deep in the steps); in a caller's long sentence some words are incidental.
 * Up to eight words, the guide must also be named by the query (decision 0060): "forskudsopgørelse"
 * is mentioned in the short answer of the property-tax guide, which does not answer it.
 * An honest "no guide" lets the agent book a callback instead of reading out something else.
 */
export function confidenceOf(e: Evidence, rule: AbstentionRule = abstentionRule): number {
  if (e.named === 0 && e.typedWords <= rule.unnamedUpTo) return 0;
  if (e.typedWords <= rule.shortUpTo) {
    const needed = e.concepts <= 2 ? rule.coverageOfOneOrTwo : rule.coverageOfMore;
    if (e.coverage < needed || e.prominence < rule.prominence) return 0;
  } else if (e.coverage < rule.sentenceCoverage && e.prominence < rule.sentenceProminence) return 0;
  return Math.min(1, 0.6 * e.coverage + 0.4 * e.prominence);
}

/** The bars of the rule above; bench/search-gate.ts weighs other values on the tuning sets. */
export const abstentionRule = {
  /**
   * A query of up to this many typed words is keywords, judged by the bars below; a longer one is
   * a caller's sentence. Five, not four, since decision 0060: one answer fewer, seven
   * unanswerable questions fewer answered on the tuning sets.
   */
  shortUpTo: 5,
  /** A short query with one or two concepts, or with more. */
  coverageOfOneOrTwo: 0.6,
  coverageOfMore: 0.5,
  prominence: 0.25,
  /** A caller's sentence passes unless both are below. */
  sentenceCoverage: 0.25,
  sentenceProminence: 0.1,
  /**
   * A query of up to this many typed words must name the guide: one of its concepts in the title,
   * keywords or id. Otherwise it asks for something the guide only mentions in passing. Longer
   * sentences are a caller's own words, which the guide's naming words rarely are.
   */
  unnamedUpTo: 8,
};
export type AbstentionRule = typeof abstentionRule;

/**
 * How much of what was asked the best guide answers. A word that no guide knows counts fully
 * against it, which is what makes "rejsekort spærret" (we have no guide on travel cards) come
 * back empty rather than as the MitID guide that also says "spærret".
 */
export function evidence(
  concepts: readonly Concept[],
  best: ConceptMatch,
  stats: TermStats,
  typedWords: number,
): Evidence {
  let asked = 0;
  let answered = 0;
  let prominent = 0;
  let named = 0;
  concepts.forEach((concept, i) => {
    const importance = concept.weight * information(concept, stats);
    const quality = best.quality[i] ?? 0;
    // "nemid virker ikke": a framing verb the guide does not use is no part of the topic missed.
    if (concept.weak && quality === 0) return;
    asked += importance;
    answered += importance * quality;
    prominent += importance * (best.prominent[i] ?? 0);
    if (best.named[i]) named += importance;
  });
  return {
    coverage: asked === 0 ? 0 : answered / asked,
    prominence: asked === 0 ? 0 : prominent / asked,
    named: asked === 0 ? 0 : named / asked,
    concepts: concepts.length,
    typedWords,
  };
}

/**
 * The information in a concept: the idf of what was typed (or of its spelling correction or other
 * form). A word
 * the guides do not know, even if its parts are known ("rejsekort"), is as informative as it gets.
 */
function information(concept: Concept, stats: TermStats): number {
  const first = concept.alternatives[0];
  const known = (terms: string[]) => terms.every((t) => stats.idf.has(t));
  if (first && ['exact', 'typo', 'derived'].includes(first.kind) && known(first.terms)) {
    return Math.max(...first.terms.map((t) => idfOf(stats, t)));
  }
  const synonym = concept.alternatives.find((a) => a.kind === 'synonym' && known(a.terms));
  if (first?.kind === 'exact' && synonym) return Math.max(...synonym.terms.map((t) => idfOf(stats, t)));
  return idfOf(stats, '');
}

import type { Concept } from './query-plan';

/** The index terms of one section: all of it, and its heading alone. */
export interface SectionTerms {
  terms: ReadonlySet<string>;
  heading: ReadonlySet<string>;
}

/** A word in the heading says what the section is about; the same word in a step says less. */
const headingBonus = 0.5;

/**
 * The one section of a guide that the query points to, or null (decision 0045). A concept counts
 * for a section when one of its alternatives has all its terms there; only concepts that tell the
 * sections apart count (found in some, not all): "flytning" in every section of the moving guide
 * says nothing about which one, "hemmelig" in one does. The section with the most such words wins,
 * a word in its heading counting half again; a tie, or no such word, is no section. Framing words
 * ("finde", a number) never count.
 */
export function matchingSection(
  concepts: readonly Concept[],
  sections: readonly SectionTerms[],
): number | null {
  if (sections.length < 2) return null;
  const score = sections.map(() => 0);
  const has = (terms: ReadonlySet<string>, concept: Concept) =>
    concept.alternatives.some((a) => a.terms.length > 0 && a.terms.every((t) => terms.has(t)));
  for (const concept of concepts) {
    if (concept.weak) continue;
    const found = sections.map((s) => has(s.terms, concept));
    const count = found.filter(Boolean).length;
    if (count === 0 || count === sections.length) continue;
    sections.forEach((s, i) => {
      if (!found[i]) return;
      score[i]! += concept.weight * (has(s.heading, concept) ? 1 + headingBonus : 1);
    });
  }
  const best = Math.max(...score);
  if (best <= 0 || score.filter((s) => s === best).length > 1) return null;
  return score.indexOf(best);
}

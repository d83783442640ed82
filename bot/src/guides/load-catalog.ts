import fs from 'node:fs';
import path from 'node:path';
import type { Guide, GuideProblem } from './guide';
import type { LearnedKeyword } from '../learning/keyword-learning';
import { withLearnedKeywords } from '../learning/with-learned-keywords';
import type { Referral } from './referral';
import type { GuideCatalog } from './guide-catalog';
import { repoRoot } from '../config/repo-root';
import { loadGuides } from './load-guides';
import { vocabularyFileName } from './search/municipal-vocabulary';
import { buildGuideIndex } from './search/guide-index';
import { maxShown, shownHits } from './search/shown';
import { splitAnswer } from './search/split-answer';
import { loadSynonyms, type SynonymTable } from './search/synonyms';

/** Where the guides, referrals and synonyms are read from, and the centers they may name. */
export interface KnowledgeSource {
  dir: string;
  synonymsFile: string;
  centerCodes: readonly string[];
}

/**
 * The lexicon files for a knowledge folder: the product's synonyms (`productFile`) and municipal
 * vocabulary (which applies to every knowledge base), plus the folder's own files of both kinds.
 */
export function synonymFiles(dir: string, productFile: string): string[] {
  const productVocabulary = path.join(repoRoot(__dirname), 'knowledge', vocabularyFileName);
  const files = [
    productFile,
    productVocabulary,
    path.join(dir, 'synonyms.yaml'),
    path.join(dir, vocabularyFileName),
  ];
  return [...new Set(files.map((f) => path.resolve(f)))].filter((f) => fs.existsSync(f));
}

/** What a knowledge folder holds: read once per change of its files, built into a catalog. */
export interface KnowledgeFiles {
  guides: Guide[];
  referrals: Referral[];
  synonyms: SynonymTable;
  problems: GuideProblem[];
}

/** Reads guides, referrals and lexicon; broken files are reported, not fatal. */
export function readKnowledge(source: KnowledgeSource): KnowledgeFiles {
  const { guides, referrals, problems } = loadGuides(source.dir, source.centerCodes);
  return {
    guides,
    referrals,
    problems,
    synonyms: loadSynonyms(synonymFiles(source.dir, source.synonymsFile)),
  };
}

/** The searchable catalog, with the keywords the coordinators accepted from the agents' searches. */
export const catalogOf = (files: KnowledgeFiles, learned: readonly LearnedKeyword[] = []): GuideCatalog =>
  createCatalog(withLearnedKeywords(files.guides, learned), files.synonyms, files.referrals);

/** Reads a knowledge folder and builds its catalog. */
export function loadCatalog(
  source: KnowledgeSource,
  learned: readonly LearnedKeyword[] = [],
): { catalog: GuideCatalog; problems: GuideProblem[] } {
  const files = readKnowledge(source);
  return { catalog: catalogOf(files, learned), problems: files.problems };
}

function createCatalog(
  guides: readonly Guide[],
  synonyms: SynonymTable,
  referrals: readonly Referral[] = [],
): GuideCatalog {
  const index = buildGuideIndex([...guides, ...referrals], synonyms);
  const byId = new Map(guides.map((g) => [g.id, g]));
  const referralById = new Map(referrals.map((r) => [r.id, r]));
  const all = Object.freeze([...guides]);
  return {
    // Referrals ranked among the first `limit` would crowd guides out of a guides-only list.
    search: (query, options = {}) =>
      splitAnswer(
        index.search(query, { ...options, limit: (options.limit ?? 10) + referrals.length }),
      ).guides.slice(0, options.limit ?? 10),
    answer(query) {
      const shown = shownHits(index.search(query, { limit: maxShown }));
      const { guides: shownGuides, referrals: shownReferrals } = splitAnswer(shown);
      return {
        guides: shownGuides,
        referrals: shownReferrals.map((h) => h.guide),
        referralFirst: shown[0] !== undefined && shown[0] === shownReferrals[0],
      };
    },
    get: (id) => byId.get(id),
    referral: (id) => referralById.get(id),
    matchingSection: (query, guideId) => {
      const guide = byId.get(guideId);
      return guide ? index.matchingSection(query, guide) : null;
    },
    all: () => all,
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Guide, GuideProblem } from './guide';
import type { GuideCatalog } from './guide-catalog';
import type { KnowledgeSource } from './knowledge-base';
import { repoRoot } from '../shared/repo-root';
import { loadGuides } from './load-guides';
import { vocabularyFileName } from './search/municipal-vocabulary';
import { buildGuideIndex } from './search/guide-index';
import { loadSynonyms, type SynonymTable } from './search/synonyms';

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

/** Loads guides and lexicon and builds the searchable catalog; broken guides are reported, not fatal. */
export function loadCatalog(source: KnowledgeSource): { catalog: GuideCatalog; problems: GuideProblem[] } {
  const { guides, problems } = loadGuides(source.dir, source.centerCodes);
  const synonyms = loadSynonyms(synonymFiles(source.dir, source.synonymsFile));
  return { catalog: createCatalog(guides, synonyms), problems };
}

export function createCatalog(guides: readonly Guide[], synonyms: SynonymTable): GuideCatalog {
  const index = buildGuideIndex(guides, synonyms);
  const byId = new Map(guides.map((g) => [g.id, g]));
  const all = Object.freeze([...guides]);
  return {
    search: (query, options) => index.search(query, options),
    get: (id) => byId.get(id),
    matchingSection: (query, guideId) => {
      const guide = byId.get(guideId);
      return guide ? index.matchingSection(query, guide) : null;
    },
    all: () => all,
  };
}

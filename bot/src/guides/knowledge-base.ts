import fs from 'node:fs';
import type { Logger } from '../shared/logger';
import type { GuideCatalog } from './guide-catalog';
import type { GuideProblem } from './guide';
import { catalogOf, readKnowledge, type KnowledgeFiles, type KnowledgeSource } from './load-catalog';
import type { LearnedKeyword } from '../learning/keyword-learning';

/**
 * Holds the catalog currently in use and swaps it as a whole when guides change, so a search
 * never sees half a reload. A reload that fails keeps the previous catalog.
 */
export class KnowledgeBase {
  private catalog: GuideCatalog;
  private files: KnowledgeFiles;
  private learned: readonly LearnedKeyword[] = [];
  private watcher: fs.FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  problems: GuideProblem[] = [];
  loadedAt = new Date(0);

  private constructor(
    private readonly source: KnowledgeSource,
    private readonly logger: Logger,
    first: KnowledgeFiles,
  ) {
    this.files = first;
    this.catalog = catalogOf(first);
    this.accept(first.problems);
  }

  static load(source: KnowledgeSource, logger: Logger): KnowledgeBase {
    return new KnowledgeBase(source, logger, readKnowledge(source));
  }

  current = (): GuideCatalog => this.catalog;

  /**
   * The keywords accepted from the agents' searches: the index is rebuilt with them at once, from
   * the files as last read (they are read again only when they change).
   */
  setLearned(learned: readonly LearnedKeyword[]): void {
    this.learned = learned;
    this.rebuild('learned keywords', () => this.files);
  }

  reload(reason: string): void {
    this.rebuild(reason, () => readKnowledge(this.source));
  }

  private rebuild(reason: string, files: () => KnowledgeFiles): void {
    try {
      const next = files();
      this.catalog = catalogOf(next, this.learned);
      this.files = next;
      this.accept(next.problems, reason);
    } catch (error) {
      this.logger.error('guides.reload_failed', { reason, error });
    }
  }

  /** Reloads shortly after files change; editors write a file in several steps. */
  watch(debounceMs = 300): void {
    this.watcher = fs.watch(this.source.dir, { recursive: true }, () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload('files changed'), debounceMs);
    });
    this.watcher.on('error', (error) => this.logger.warn('guides.watch_failed', { error }));
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
  }

  private accept(problems: GuideProblem[], reason = 'start'): void {
    this.problems = problems;
    this.loadedAt = new Date();
    for (const p of problems)
      this.logger.warn('guides.invalid', { file: p.file, line: p.line, reason: p.reason });
    this.logger.info('guides.loaded', {
      reason,
      guides: this.catalog.all().length,
      problems: problems.length,
    });
  }
}

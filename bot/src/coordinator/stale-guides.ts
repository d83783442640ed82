import type { Guide } from '../guides/guide';

/**
 * A guide is stale when its owning center has not reviewed it for 12 months, or never said when
 * it did (no `updated`). Compared as YYYY-MM-DD strings: the cutoff is the same day a year ago.
 */
function reviewCutoff(today: string): string {
  return `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4, 10)}`;
}

export const isStale = (guide: Pick<Guide, 'updated'>, today: string): boolean =>
  guide.updated === null || guide.updated.slice(0, 10) < reviewCutoff(today);

/** Never reviewed first, then the oldest review first. */
export const staleOrder = (a: Pick<Guide, 'updated' | 'id'>, b: Pick<Guide, 'updated' | 'id'>): number =>
  (a.updated ?? '').localeCompare(b.updated ?? '') || a.id.localeCompare(b.id);

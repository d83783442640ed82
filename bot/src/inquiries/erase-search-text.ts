import type { Logger } from '../shared/logger';
import type { InquiryStore } from './inquiry-store';

const dayMs = 86_400_000;

/**
 * Retention of search statistics (decision 0021): what agents typed is erased after the same
 * period as the citizens' data; the rows stay, so the number of searches, of searches that found
 * nothing and the solved-on-the-call rate are counted as before.
 */
export async function eraseOldSearchText(
  deps: { inquiries: InquiryStore; now: () => Date; logger: Logger },
  retentionDays: number,
): Promise<number> {
  const erased = await deps.inquiries.eraseSearchText(new Date(deps.now().getTime() - retentionDays * dayMs));
  if (erased > 0) deps.logger.info('retention.search_text_erased', { searches: erased, retentionDays });
  return erased;
}

import { maskCpr } from '../callbacks/cpr';
import type { Person } from '../callbacks/callback';
import type { InquiryStore } from '../shared/store-ports';

/**
 * Search statistics feed the knowledge-gap report. Agents sometimes type a citizen's number or
 * name into the search, so only a normalized form is kept: lower case, CPR and other long digit
 * runs (phone numbers) removed, at most 100 characters.
 */
export function normalizeQueryForStatistics(query: string): string {
  return maskCpr(query, ' ')
    .toLocaleLowerCase('da-DK')
    .replace(/(?:\+?\d[\s-]?){6,}/g, ' ')
    .replace(/[^\p{L}\p{N} -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

export async function recordSearch(
  deps: { inquiries: InquiryStore; now: () => Date },
  query: string,
  hits: { guideId: string; centerCode: string }[],
  agent: Person,
): Promise<void> {
  const top = hits[0];
  await deps.inquiries.recordInquiry({
    at: deps.now(),
    kind: 'search',
    userId: agent.id,
    queryNormalized: normalizeQueryForStatistics(query),
    hitCount: hits.length,
    ...(top ? { guideId: top.guideId, centerCode: top.centerCode } : {}),
  });
}

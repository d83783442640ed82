import type { Person } from '../callbacks/callback';
import { maskPersonalDigits } from '../privacy/mask-personal-digits';
import type { InquiryStore } from './inquiry-store';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Search statistics feed the knowledge-gap report. Agents sometimes type a citizen's number or
 * name into the search, so only a normalized form is kept: lower case, punctuation as spaces,
 * every digit group that could be a phone or CPR number in any spelling removed (decision 0021),
 * at most 100 characters. Punctuation goes first: `22,33,44,55` becomes a phone number only then.
 */
export function normalizeQueryForStatistics(query: string): string {
  const words = collapse(query.toLocaleLowerCase('da-DK').replace(/[^\p{L}\p{N} -]/gu, ' '));
  return collapse(maskPersonalDigits(words, ' ')).slice(0, 100);
}

export async function recordSearch(
  deps: { inquiries: InquiryStore; now: () => Date },
  query: string,
  hits: { guideId: string; centerCode: string }[],
  agent: Person,
  /** Referrals shown: the search found the right door, so it is no gap even without a guide. */
  referralCount = 0,
): Promise<void> {
  const top = hits[0];
  const text = normalizeQueryForStatistics(query);
  await deps.inquiries.recordInquiry({
    at: deps.now(),
    kind: 'search',
    userId: agent.id,
    ...(text ? { queryNormalized: text } : {}),
    hitCount: hits.length + referralCount,
    ...(top ? { guideId: top.guideId, centerCode: top.centerCode } : {}),
  });
}

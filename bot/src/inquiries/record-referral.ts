import type { Person } from '../callbacks/callback';
import type { GuideCatalog } from '../guides/guide-catalog';
import type { InquiryStore } from './inquiry-store';

/**
 * "Henvist": the agent sent the citizen to another authority. Counted apart from "solved on the
 * call" and never as a gap in the guides; only the referral, the agent and the time are kept.
 */
export async function recordReferral(
  deps: { inquiries: InquiryStore; catalog: () => GuideCatalog; now: () => Date },
  referralId: string,
  agent: Person,
): Promise<{ authority: string } | null> {
  const referral = deps.catalog().referral(referralId);
  if (!referral) return null;
  await deps.inquiries.recordInquiry({
    at: deps.now(),
    kind: 'referred',
    userId: agent.id,
    guideId: referral.id,
  });
  return { authority: referral.authority };
}

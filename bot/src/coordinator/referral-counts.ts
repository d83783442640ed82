import type { GuideCatalog } from '../guides/guide-catalog';
import type { Period } from './stats-store';
import type { InquiryStore } from '../inquiries/inquiry-store';

interface ReferralCount {
  referralId: string;
  /** As the referral file names them now; the id when the file is gone. */
  authority: string;
  title: string;
  count: number;
}

export interface ReferralCounts {
  /** Inquiries the agents sent to another authority ("Henvist"): neither solved nor a gap. */
  referred: number;
  perReferral: ReferralCount[];
}

/**
 * Referrals in a period. They belong to no center, so they are the contact center's figure:
 * shown when the view covers every center.
 */
export async function countReferrals(
  deps: { inquiries: Pick<InquiryStore, 'countPerGuide'>; catalog: () => GuideCatalog },
  period: Period,
): Promise<ReferralCounts> {
  const rows = await deps.inquiries.countPerGuide({ kinds: ['referred'], from: period.from, to: period.to });
  const catalog = deps.catalog();
  const perReferral = rows.map(({ guideId, count }) => {
    const referral = catalog.referral(guideId);
    return {
      referralId: guideId,
      authority: referral?.authority ?? guideId,
      title: referral?.title ?? '',
      count,
    };
  });
  return { referred: perReferral.reduce((s, r) => s + r.count, 0), perReferral };
}

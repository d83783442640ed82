import type { Guide } from '../guide';
import { isReferral, type KnowledgeEntry, type Referral } from '../referral';
import type { SearchHit } from './guide-index';

/**
 * Guides and referrals rank together (one scale, one abstention rule), then part: guides are
 * what the search answers, referrals a door elsewhere, so a referral never counts as a guide hit
 * and the abstention on guides stays measurable (`kb search` prints them apart).
 */
export function splitAnswer(hits: readonly SearchHit<KnowledgeEntry>[]): {
  guides: SearchHit<Guide>[];
  referrals: SearchHit<Referral>[];
} {
  const guides: SearchHit<Guide>[] = [];
  const referrals: SearchHit<Referral>[] = [];
  for (const hit of hits) {
    if (isReferral(hit.guide)) referrals.push(hit as SearchHit<Referral>);
    else guides.push(hit as SearchHit<Guide>);
  }
  return { guides, referrals };
}

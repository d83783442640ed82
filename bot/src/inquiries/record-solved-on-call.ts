import type { Person } from '../callbacks/callback';
import type { GuideCatalog } from '../guides/guide-catalog';
import type { InquiryStore } from './inquiry-store';

/**
 * "Løst på opkaldet": an inquiry the agent settled with a guide. Only the guide, its center and
 * the time are kept (no citizen data), so the solved-on-the-spot rate can be measured.
 */
export async function recordSolvedOnCall(
  deps: { inquiries: InquiryStore; catalog: () => GuideCatalog; now: () => Date },
  guideId: string,
  agent: Person,
): Promise<{ title: string } | null> {
  const guide = deps.catalog().get(guideId);
  if (!guide) return null;
  await deps.inquiries.recordInquiry({
    at: deps.now(),
    kind: 'solved_on_call',
    userId: agent.id,
    centerCode: guide.center,
    guideId: guide.id,
  });
  return { title: guide.title };
}

import type { TurnContext } from 'botbuilder';
import { guideResultsCard } from '../../cards/guide-cards';
import { guideView } from '../../cards/guide-view';
import { messageCard } from '../../cards/message-card';
import { referralCard } from '../../cards/referral-card';
import { recordSearch } from '../../inquiries/record-search';
import { guideMessages as m } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { learningFrom } from '../guide-use';
import { actorOf, sendCard } from '../turn-helpers';

export const searchGuides = (deps: BotDeps) => async (context: TurnContext, text: string) => {
  if (text.trim() === '') {
    await context.sendActivity(m.emptySearch);
    return;
  }
  // The same rule as `kb search --shown`, so the card can be measured from outside.
  const { guides, referrals, referralFirst } = deps.catalog().answer(text);
  deps.logger.info('guides.searched', {
    hits: guides.length,
    referrals: referrals.length,
    top: guides[0]?.guide.id ?? referrals[0]?.id ?? null,
  });
  if (guides.length === 0 && referrals.length === 0) {
    await sendCard(context, messageCard({ heading: m.noResultsTitle(text), lines: m.noResultsTips }));
  } else {
    const now = deps.now();
    const cards = referrals.map(referralCard);
    if (guides.length > 0) {
      // In a long guide, the section the agent's words point to comes first (decision 0045).
      const focus = deps.catalog().matchingSection(text, guides[0]!.guide.id);
      const views = guides.map((h, i) => guideView(h.guide, deps.centers(), now, i === 0 ? focus : null));
      cards.splice(referralFirst ? 1 : 0, 0, guideResultsCard(text, views));
    }
    for (const card of cards) await sendCard(context, card);
  }
  // The agent has the answer first; a statistics row that cannot be written (a locked or full
  // database) costs the knowledge-gap report one search, never the agent their answer. A search
  // answered by a referral found the right door: it is not a gap in the guides.
  await learningFrom(deps, context).searched(
    text,
    guides.map((h) => h.guide.id),
  );
  await recordSearch(
    { inquiries: deps.store.inquiries, now: deps.now },
    text,
    guides.map((h) => ({ guideId: h.guide.id, centerCode: h.guide.center })),
    actorOf(context.activity),
    referrals.length,
  ).catch((error: unknown) => deps.logger.warn('guides.search_not_recorded', { error }));
};

import type { TurnContext } from 'botbuilder';
import { guideResultsCard } from '../../cards/guide-cards';
import { guideView } from '../../cards/guide-view';
import { messageCard } from '../../cards/message-card';
import { maxShown, shownHits } from '../../guides/search/shown';
import { recordSearch } from '../../inquiries/record-search';
import { guideMessages as m } from '../../shared/messages/guides';
import type { BotDeps } from '../bot-deps';
import { actorOf, sendCard } from '../turn-helpers';

export const searchGuides = (deps: BotDeps) => async (context: TurnContext, text: string) => {
  if (text.trim() === '') {
    await context.sendActivity(m.emptySearch);
    return;
  }
  // The same rule as `kb search --shown`, so the card can be measured from outside.
  const hits = shownHits(deps.catalog().search(text, { limit: maxShown }));
  deps.logger.info('guides.searched', { hits: hits.length, top: hits[0]?.guide.id ?? null });
  if (hits.length === 0) {
    await sendCard(context, messageCard({ heading: m.noResultsTitle(text), lines: m.noResultsTips }));
  } else {
    const now = deps.now();
    // In a long guide, the section the agent's words point to comes first (decision 0045).
    const focus = deps.catalog().matchingSection(text, hits[0]!.guide.id);
    const views = hits.map((h, i) => guideView(h.guide, deps.centers(), now, i === 0 ? focus : null));
    await sendCard(context, guideResultsCard(text, views));
  }
  // The agent has the answer first; a statistics row that cannot be written (a locked or full
  // database) costs the knowledge-gap report one search, never the agent their answer.
  await recordSearch(
    { inquiries: deps.store.inquiries, now: deps.now },
    text,
    hits.map((h) => ({ guideId: h.guide.id, centerCode: h.guide.center })),
    actorOf(context.activity),
  ).catch((error: unknown) => deps.logger.warn('guides.search_not_recorded', { error }));
};

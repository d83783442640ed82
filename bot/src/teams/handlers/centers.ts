import type { TurnContext } from 'botbuilder';
import { messageCard } from '../../cards/message-card';
import { centerStatus } from '../../centers/wave-plan';
import { formatDate, formatUnitPhone } from '../../texts/format';
import { guideMessages as m } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { sendCard } from '../turn-helpers';

/** The rollout at a glance: which centers the contact center handles, and whom to transfer to. */
export const centers = (deps: BotDeps) => async (context: TurnContext) => {
  const now = deps.now();
  const facts = deps.centers().map((c) => {
    const status = centerStatus(c, now);
    const value = status.live
      ? `${m.centerLive}. ${m.unitPhone(c.unitPhone)}`
      : `${m.centerComing(formatDate(c.handoverDate), status.daysUntilHandover)} ${formatUnitPhone(c.unitPhone)}`;
    return { title: `${c.code} – ${c.name}`, value };
  });
  await sendCard(context, messageCard({ heading: m.centersTitle, facts }));
};

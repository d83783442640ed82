import type { TurnContext } from 'botbuilder';
import { guideMessages as m } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { help } from './help';

/** Sent once when the app is installed, in a personal chat or a team. */
export const welcome = (deps: BotDeps) => async (context: TurnContext) => {
  await context.sendActivity(m.welcome(deps.config.botName));
  await help()(context);
};

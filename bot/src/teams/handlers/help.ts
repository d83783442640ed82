import type { TurnContext } from 'botbuilder';
import { messageCard } from '../../cards/message-card';
import { guideMessages as m } from '../../texts/guides';
import { isChannel, sendCard } from '../turn-helpers';

/** The help card; `unknownWord` is set when the user typed a command that does not exist. */
export const help = () => async (context: TurnContext, unknownWord?: string) => {
  const commands = isChannel(context.activity)
    ? [...m.helpCommands, ...m.helpChannelCommands]
    : m.helpCommands;
  await sendCard(
    context,
    messageCard({
      heading: unknownWord ? m.unknownCommand(unknownWord) : m.helpTitle,
      intro: m.helpIntro,
      facts: commands.map((c) => ({ title: c.command, value: c.text })),
    }),
  );
};

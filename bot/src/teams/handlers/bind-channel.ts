import type { TurnContext } from 'botbuilder';
import {
  channelBoundText,
  channelNotBoundText,
  channelUnknownCenterText,
} from '../../cards/callback-notices';
import { reviveUndelivered } from '../../callbacks/report-undeliverable';
import { bindChannel } from '../../centers/bind-channel';
import { deliveryMessages } from '../../shared/messages/delivery';
import { callbackCardMessages } from '../../shared/messages/callback-cards';
import type { BotDeps } from '../bot-deps';
import { alertMentionOf } from '../alert-mention';
import { actorOf, isChannel } from '../turn-helpers';

const ch = callbackCardMessages.channel;

/** `@bot tilknyt <CENTERKODE>` binds this channel; `@bot tilknyt` tells what it is bound to. */
export const bindChannelHandler = (deps: BotDeps) => async (context: TurnContext, code: string | null) => {
  const activity = context.activity;
  const channelId: string | undefined =
    activity.channelData?.channel?.id ?? activity.channelData?.teamsChannelId;
  const teamId: string | undefined = activity.channelData?.team?.id ?? activity.channelData?.teamsTeamId;
  if (!isChannel(activity) || !channelId || !teamId) {
    await context.sendActivity(ch.onlyInChannel);
    return;
  }
  if (!code) {
    const binding = await deps.store.channels.bindingOfChannel(channelId);
    await context.sendActivity(
      binding ? ch.currentBinding(binding.centerCode) : channelNotBoundText(deps.config.botName),
    );
    return;
  }
  const outcome = await bindChannel(
    { channels: deps.store.channels, centers: deps.centers, now: deps.now },
    code,
    {
      serviceUrl: activity.serviceUrl,
      tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
      teamId,
      channelId,
      channelName: activity.channelData?.channel?.name ?? null,
      mention: alertMentionOf(activity),
    },
    actorOf(activity),
  );
  if (outcome.kind === 'unknown_center') {
    await context.sendActivity(channelUnknownCenterText(code, deps.centers()));
    return;
  }
  // The channel works again (the bot was added back, or another channel bound): what died
  // because it could not be reached is due again.
  const revived = await reviveUndelivered({ store: deps.store, now: deps.now }, outcome.center.code);
  const revivedLine = revived > 0 ? [deliveryMessages.revived(revived)] : [];
  if (revived > 0) {
    deps.logger.info('outbox.revived', { center: outcome.center.code, count: revived });
    deps.callbacks.outboxChanged();
  }
  switch (outcome.kind) {
    case 'already_bound':
      await context.sendActivity([ch.alreadyBound(outcome.center.code), ...revivedLine].join('\n\n'));
      return;
    case 'bound':
      deps.logger.info('channel.bound', {
        center: outcome.center.code,
        channelId,
        teamId,
        by: actorOf(activity).id,
      });
      await context.sendActivity(
        [
          channelBoundText(outcome.center, {
            rebound: outcome.previous !== null,
            previousChannelName: outcome.previous?.channelName ?? null,
          }),
          ch.alerting(alertMentionOf(activity)?.name ?? null),
          ...revivedLine,
        ].join('\n\n'),
      );
      deps.callbacks.outboxChanged();
  }
};

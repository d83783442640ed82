import type { TurnContext } from 'botbuilder';
import {
  channelBoundText,
  channelNotBoundText,
  channelUnknownCenterText,
} from '../../cards/callback-notices';
import { reviveUndelivered } from '../../callbacks/report-undeliverable';
import { bindChannel, type BindOutcome } from '../../centers/bind-channel';
import { deliveryMessages } from '../../texts/delivery';
import { callbackCardMessages } from '../../texts/callback-cards';
import { bindingMessages } from '../../texts/bindings';
import type { BotDeps } from '../bot-deps';
import { findAlertMention } from '../alert-mention';
import { channelNameOf } from '../channel-name';
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
  const actor = actorOf(activity);
  const alert = findAlertMention(activity);
  const outcome = await bindChannel(
    {
      channels: deps.store.channels,
      adminLog: deps.store.adminLog,
      centers: deps.centers,
      now: deps.now,
      admins: deps.config.bindingAdmins,
    },
    code,
    {
      serviceUrl: activity.serviceUrl,
      tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
      teamId,
      channelId,
      channelName: await channelNameOf(context, deps.store.teams, teamId, channelId),
      mention: alert?.mention ?? null,
    },
    // Authorized on the Entra object id Teams puts in the verified activity, never on the display name.
    { ...actor, aadObjectId: activity.from?.aadObjectId ?? null },
  );
  if (outcome.kind === 'unknown_center') {
    await context.sendActivity(channelUnknownCenterText(code, deps.centers()));
    return;
  }
  if (outcome.kind === 'refused') {
    deps.logger.warn('channel.binding_refused', {
      center: outcome.center.code,
      reason: outcome.reason,
      channelId,
      teamId,
      by: actor.id,
      changeId: outcome.change.id,
    });
    await context.sendActivity(refusalText(outcome));
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
        action: outcome.change.action,
        channelId,
        teamId,
        by: actor.id,
        changeId: outcome.change.id,
      });
      // How Teams sends a tag mention is not documented: the first binding that names one shows it.
      if (alert?.mention.kind === 'tag') {
        deps.logger.info('channel.alert_tag_seen', { center: outcome.center.code, entity: alert.entity });
      }
      await context.sendActivity(
        [
          channelBoundText(outcome.center, {
            rebound: outcome.previous !== null && outcome.previous.channelId !== channelId,
            previousChannelName: outcome.previous?.channelName ?? null,
          }),
          ...(outcome.displaced ? [bindingMessages.displaced(outcome.displaced.centerCode)] : []),
          ch.alerting(alert?.mention.name ?? null),
          ...revivedLine,
        ].join('\n\n'),
      );
      deps.callbacks.outboxChanged();
  }
};

function refusalText(outcome: Extract<BindOutcome, { kind: 'refused' }>): string {
  const code = outcome.center.code;
  if (outcome.reason === 'not_admin') return bindingMessages.refusedNotAdmin(code);
  const taken = outcome.change.details.displacedCenter;
  return taken && !outcome.current
    ? bindingMessages.refusedNoAdminsChannelTaken(code, taken)
    : bindingMessages.refusedNoAdminsCenterBound(code);
}

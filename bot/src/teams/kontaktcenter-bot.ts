import {
  ActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { parseCommand } from '../chat/parse-command';
import { guideMessages as m } from '../texts/guides';
import type { BotDeps } from './bot-deps';
import { cardActionRouter } from './card-actions/route-card-action';
import { bindChannelHandler } from './handlers/bind-channel';
import { callbackForm } from './handlers/callback-form';
import { centers } from './handlers/centers';
import { help } from './handlers/help';
import { myCallbacks } from './handlers/my-callbacks';
import { searchGuides } from './handlers/search-guides';
import { showGuide } from './handlers/show-guide';
import { welcome } from './handlers/welcome';
import { recordTeamInstall } from './install-events';
import { rememberUser } from './known-users';
import { serviceUrlRefresher } from './service-url-refresh';
import { submitPayload } from './submit-payload';
import { commandText, isChannelChatter } from './turn-helpers';

/** Routes what Teams sends to the handlers; it decides nothing itself. */
export class KontaktcenterBot extends ActivityHandler {
  private readonly routes;
  private readonly cardActions;

  constructor(private readonly deps: BotDeps) {
    super();
    this.routes = {
      help: help(),
      centers: centers(deps),
      search: searchGuides(deps),
      show: showGuide(deps),
      welcome: welcome(deps),
      bind: bindChannelHandler(deps),
      callbackForm: callbackForm(deps),
      mine: myCallbacks(deps),
    };
    this.cardActions = cardActionRouter(deps);
    const refreshServiceUrl = serviceUrlRefresher(deps.store.channels, deps.logger);
    this.onTurn(async (context, next) => {
      await refreshServiceUrl(context.activity);
      await next();
    });
    this.onMessage(async (context, next) => {
      if (isChannelChatter(context.activity)) return next();
      await rememberUser(deps.store.users, context.activity, deps.logger);
      await this.onChatMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      deps.logger.info('teams.installed', {
        conversationType: context.activity.conversation?.conversationType,
        tenantId: context.activity.channelData?.tenant?.id,
      });
      await rememberUser(deps.store.users, context.activity, deps.logger);
      await this.routes.welcome(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await recordTeamInstall(deps, context.activity);
      await next();
    });
  }

  private async onChatMessage(context: TurnContext): Promise<void> {
    if (context.activity.value !== undefined && !context.activity.text) {
      await this.onSubmit(context);
      return;
    }
    const command = parseCommand(commandText(context));
    switch (command.name) {
      case 'help':
        return this.routes.help(context);
      case 'unknown':
        return this.routes.help(context, command.word);
      case 'search':
        return this.routes.search(context, command.text);
      case 'show':
        return this.routes.show(context, command.guideId);
      case 'centers':
        return this.routes.centers(context);
      case 'callback':
        return this.routes.callbackForm(context, { centerCode: command.centerCode });
      case 'mine':
        return this.routes.mine(context);
      case 'bind':
        return this.routes.bind(context, command.centerCode);
    }
  }

  private async onSubmit(context: TurnContext): Promise<void> {
    const parsed = submitPayload.safeParse(context.activity.value);
    if (!parsed.success) {
      this.deps.logger.warn('teams.submit_invalid', { issues: parsed.error.issues.map((i) => i.message) });
      await context.sendActivity(m.badInput);
      return;
    }
    switch (parsed.data.verb) {
      case 'guide.show':
        return this.routes.show(context, parsed.data.guideId, parsed.data.part);
      case 'callback.form':
        return this.routes.callbackForm(context, { centerCode: null, guideId: parsed.data.guideId });
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    await rememberUser(this.deps.store.users, context.activity, this.deps.logger);
    return this.cardActions(context, invokeValue);
  }
}

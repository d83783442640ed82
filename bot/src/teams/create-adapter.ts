import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from '../config/config';
import type { Logger } from '../shared/logger';
import { guideMessages as m } from '../texts/guides';
import { messageSizeGuard } from './message-size-guard';
import { ReusedConnectors } from './reused-connectors';

/**
 * The CloudAdapter, given an activity whose sender the bot endpoint has already authenticated
 * (channel-authentication.ts): botbuilder's `process` would authenticate again, without a time
 * limit, and answer failures itself with its own text.
 */
export class KontaktcenterAdapter extends CloudAdapter {
  constructor(readonly authentication: BotFrameworkAuthentication) {
    super(authentication);
  }

  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * The Bot Framework adapter. Without an app id it runs in local mode: it accepts requests with
 * no Authorization header, like the Bot Framework emulator and the Agents Playground do.
 */
export function createAdapter(
  config: Pick<Config, 'microsoftApp' | 'turn'>,
  logger: Logger,
): KontaktcenterAdapter {
  const app = config.microsoftApp;
  const options: Partial<ConfigurationBotFrameworkAuthenticationOptions> = app
    ? {
        MicrosoftAppId: app.id,
        MicrosoftAppPassword: app.password,
        MicrosoftAppType: app.type,
        MicrosoftAppTenantId: app.tenantId,
      }
    : {};
  const adapter = new KontaktcenterAdapter(
    new ReusedConnectors(
      new ConfigurationBotFrameworkAuthentication(options as ConfigurationBotFrameworkAuthenticationOptions),
      { timeoutMs: config.turn.teamsTimeoutMs, logger },
    ),
  );
  adapter.use(messageSizeGuard(logger));
  adapter.onTurnError = async (context, error) => {
    logger.error('teams.turn_failed', {
      error,
      activityType: context.activity.type,
      conversationType: context.activity.conversation?.conversationType,
    });
    if (context.activity.type === 'message') {
      await context
        .sendActivity(m.genericError)
        .catch((e: unknown) => logger.warn('teams.error_reply_failed', { error: e }));
    }
  };
  return adapter;
}

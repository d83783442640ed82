import { CallerIdConstants, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { Config } from '../config/config';
import { createBotFrameworkKeys } from '../http/auth/bot-framework-keys';
import { validateChannelToken } from '../http/auth/channel-token';
import { AppError } from '../shared/errors';
import type { Logger } from '../shared/logger';

/** Who sent an activity, as botbuilder needs it to run the turn and to answer. */
export type AuthenticateActivity = (
  activity: Activity,
  authorization: string | undefined,
) => Promise<AuthenticateRequestResult>;

/**
 * Authenticates an incoming activity. With an app id, the Bot Connector's token is checked here
 * (bounded in time, keys shared; see channel-token.ts) instead of by botbuilder, whose check
 * waits on the key service without a time limit, answers some invalid tokens with 500 and the
 * library's text, and writes to stderr. The result is what botbuilder's own check would give a
 * Teams channel request: the token's claims, the public cloud's caller id and outbound audience,
 * and the connector factory for answers. Without an app id (local mode) botbuilder's
 * authentication-disabled path gives the anonymous identity.
 */
export function channelAuthentication(
  config: Pick<Config, 'microsoftApp' | 'botAuth'>,
  auth: BotFrameworkAuthentication,
  logger: Logger,
): AuthenticateActivity {
  const app = config.microsoftApp;
  if (!app) return (activity) => auth.authenticateRequest(activity, '');
  const keys = createBotFrameworkKeys({
    metadataUrl: config.botAuth.openIdMetadataUrl,
    timeoutMs: config.botAuth.timeoutMs,
    logger,
  });
  return async (activity, authorization) => {
    const claims = await withinTime(
      validateChannelToken(
        authorization,
        { channelId: activity.channelId, serviceUrl: activity.serviceUrl },
        { keys, appId: app.id },
      ),
      config.botAuth.timeoutMs,
    );
    const identity = new ClaimsIdentity(
      Object.entries(claims).map(([type, value]) => ({ type, value: String(value) })),
      true,
    );
    return {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      callerId: CallerIdConstants.PublicAzureChannel,
      claimsIdentity: identity,
      connectorFactory: auth.createConnectorFactory(identity),
    };
  };
}

/**
 * The key fetch has its own time limit; this one bounds the whole check, so nothing a later
 * change adds to it can hold a request without bound.
 */
function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new AppError('AUTH_UNAVAILABLE', `authentication took longer than ${timeoutMs} ms`)),
      timeoutMs + 500,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

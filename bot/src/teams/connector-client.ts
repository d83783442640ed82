import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import type { Config } from '../config/config';
import type { Logger } from '../shared/logger';

export type ConnectorCredentials = Config['microsoftApp'];

/**
 * Connector clients per serviceUrl, built the way CloudAdapter builds them for proactive sends
 * (a connector factory from ConfigurationBotFrameworkAuthentication and a claims identity of the
 * bot): anonymous without an app id (local mode), a token for the app id otherwise.
 *
 * The client's own retry policy is removed. The outbox retries with a lease and backoff; the
 * client's retries would run inside one lease (Retry-After waits included, so past its end),
 * and it retries a POST whose answer was lost, posting the card twice.
 */
export function createConnectorClients(credentials: ConnectorCredentials, logger: Logger) {
  const auth = new ConfigurationBotFrameworkAuthentication(authOptions(credentials));
  const appId = credentials?.id ?? '';
  const identity = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ]);
  const factory = auth.createConnectorFactory(identity);
  const clients = new Map<string, Promise<ConnectorClient>>();

  return (serviceUrl: string): Promise<ConnectorClient> => {
    let client = clients.get(serviceUrl);
    if (!client) {
      client = factory.create(serviceUrl, undefined).then((c) => withoutRetries(c, logger));
      // A failure to build (e.g. no token) must not stick: the next send tries again.
      client.catch(() => clients.delete(serviceUrl));
      clients.set(serviceUrl, client);
    }
    return client;
  };
}

function authOptions(credentials: ConnectorCredentials): ConfigurationBotFrameworkAuthenticationOptions {
  const options: Partial<ConfigurationBotFrameworkAuthenticationOptions> = credentials
    ? {
        MicrosoftAppId: credentials.id,
        MicrosoftAppPassword: credentials.password,
        MicrosoftAppType: credentials.type,
        MicrosoftAppTenantId: credentials.tenantId,
      }
    : {};
  return options as ConfigurationBotFrameworkAuthenticationOptions;
}

interface PolicyLike {
  name: string;
  sendRequest(
    request: { timeout: number },
    next: (request: { timeout: number }) => Promise<unknown>,
  ): Promise<unknown>;
}

interface PipelineLike {
  removePolicy(options: { phase?: string; name?: string }): unknown;
  addPolicy(policy: PolicyLike): void;
}

/** botbuilder 4.23 keeps the core-client pipeline in a private field; it is pinned (end of life). */
const pipelineOf = (client: ConnectorClient): PipelineLike | undefined =>
  (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;

/**
 * Removes the client's retry policy, which retries 5xx and network errors and waits out any
 * Retry-After Teams sends (decisions 0017, 0043).
 */
function withoutRetries(client: ConnectorClient, logger: Logger): ConnectorClient {
  const pipeline = pipelineOf(client);
  if (pipeline) pipeline.removePolicy({ phase: 'Retry' });
  else logger.warn('teams.connector_retry_policy_kept', { reason: 'pipeline not found' });
  return client;
}

/**
 * For the clients botbuilder uses on a user's turn (replies, TeamsInfo): no retries, and a
 * timeout on every request that does not set its own (botbuilder's calls set none, so a hanging
 * Teams would hold the turn until Teams gives up on it).
 */
export function forTurns(client: ConnectorClient, timeoutMs: number, logger: Logger): ConnectorClient {
  withoutRetries(client, logger);
  pipelineOf(client)?.addPolicy({
    name: 'kontaktcenterTurnTimeout',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  });
  return client;
}

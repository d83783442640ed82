import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import type { Logger } from '../shared/logger';
import { forTurns } from './connector-client';

/** Service URLs are one per Teams region; the bound only guards against a flood of made-up ones. */
const maxClients = 100;

/**
 * CloudAdapter builds a new ConnectorClient, and a new UserTokenClient, for every incoming
 * activity: a fresh HTTP pipeline each time, about a tenth of the CPU a chat message costs (see
 * docs/decisions/0016). The clients hold no per-turn state (credentials cache their own tokens),
 * so one per app id, service URL and audience is reused. Authentication itself is untouched:
 * every request is still validated by the wrapped instance.
 *
 * These are the clients of a user's turn: they neither retry nor wait out Retry-After, and each
 * request times out after `turn.timeoutMs` (decision 0043).
 */
export class ReusedConnectors extends BotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly turn: { timeoutMs: number; logger: Logger },
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string) {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusingFactory(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return cached(this.userTokenClients, appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory
      ? { ...result, connectorFactory: this.reusingFactory(result.connectorFactory, result.claimsIdentity) }
      : result;
  }

  private reusingFactory(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        cached(this.connectors, `${appId}|${serviceUrl}|${audience ?? ''}`, () =>
          factory
            .create(serviceUrl, audience)
            .then((client) => forTurns(client, this.turn.timeoutMs, this.turn.logger)),
        ),
    };
  }
}

const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
  identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
  '';

function cached<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    if (map.size >= maxClients) map.clear();
    value = make();
    // A failure to build (e.g. no token) must not stick: the next turn tries again.
    value.catch(() => map.delete(key));
    map.set(key, value);
  }
  return value;
}

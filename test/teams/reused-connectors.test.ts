import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  type AuthenticateRequestResult,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { ReusedConnectors } from '../../bot/src/teams/reused-connectors';

const turnSettings = { timeoutMs: 3000, logger: createMemoryLogger('debug') };

/** Counts what the real authentication would build, and can fail the next build. */
class CountingAuthentication extends BotFrameworkAuthentication {
  built: string[] = [];
  authenticated = 0;
  failNextBuild = false;

  async authenticateRequest(): Promise<AuthenticateRequestResult> {
    this.authenticated++;
    const claimsIdentity = identityFor('bot-app-id');
    return {
      audience: 'https://api.botframework.com',
      claimsIdentity,
      callerId: '',
      connectorFactory: this.factory(),
    };
  }
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return this.authenticateRequest();
  }
  createConnectorFactory(): ConnectorFactory {
    return this.factory();
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.built.push('user-token-client');
    return {} as UserTokenClient;
  }
  private factory(): ConnectorFactory {
    return {
      create: async (serviceUrl: string) => {
        if (this.failNextBuild) {
          this.failNextBuild = false;
          throw new Error('token endpoint unreachable');
        }
        this.built.push(serviceUrl);
        return new ConnectorClient({ signRequest: async (r: unknown) => r } as never, {
          baseUri: serviceUrl,
        });
      },
    };
  }
}

const identityFor = (appId: string) =>
  new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

const turn = async (auth: BotFrameworkAuthentication, serviceUrl: string) => {
  const result = await auth.authenticateRequest({} as never, 'Bearer x');
  return result.connectorFactory!.create(serviceUrl, result.audience);
};

describe('connector clients are built once per service URL, not once per incoming activity', () => {
  test('every activity is still authenticated; the client for a service URL is reused', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusedConnectors(inner, turnSettings);
    const first = await turn(auth, 'https://smba.trafficmanager.net/emea/');
    const second = await turn(auth, 'https://smba.trafficmanager.net/emea/');
    const other = await turn(auth, 'https://smba.trafficmanager.net/amer/');
    expect(inner.authenticated).toBe(3);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(inner.built).toEqual([
      'https://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net/amer/',
    ]);
  });

  test('a client that could not be built is built again on the next activity', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusedConnectors(inner, turnSettings);
    inner.failNextBuild = true;
    await expect(turn(auth, 'https://smba.trafficmanager.net/emea/')).rejects.toThrow('unreachable');
    await expect(turn(auth, 'https://smba.trafficmanager.net/emea/')).resolves.toBeInstanceOf(
      ConnectorClient,
    );
  });

  test('the user token client is built once per app id', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusedConnectors(inner, turnSettings);
    await auth.createUserTokenClient(identityFor('bot-app-id'));
    await auth.createUserTokenClient(identityFor('bot-app-id'));
    await auth.createUserTokenClient(identityFor('other-app-id'));
    expect(inner.built).toEqual(['user-token-client', 'user-token-client']);
  });
});

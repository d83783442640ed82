import { authFailureResponse, createTabAuth, localDevUser } from '../../bot/src/http/auth';
import { AppError } from '../../bot/src/shared/errors';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { tabAuthAgainst } from '../support/entra/tab-auth-fixture';

let issuer: LocalIssuer;
beforeAll(async () => {
  issuer = await startLocalIssuer();
});
afterAll(() => issuer.close());

describe('the Authorization header', () => {
  test.each<[string, Record<string, string | string[] | undefined>, RegExp]>([
    ['is missing', {}, /no Authorization header/],
    ['is empty', { authorization: '' }, /no Authorization header/],
    ['uses another scheme', { authorization: 'Basic dXNlcjpwdw==' }, /not "Bearer <token>"/],
    ['has no token', { authorization: 'Bearer ' }, /not "Bearer <token>"/],
  ])('is refused as not authenticated when it %s', async (_case, headers, reason) => {
    const { authenticate } = tabAuthAgainst(issuer);
    await expect(authenticate(headers)).rejects.toMatchObject({
      code: 'NOT_AUTHENTICATED',
      message: expect.stringMatching(reason),
    });
  });

  test('is read whatever the case of the scheme', async () => {
    const { authenticate } = tabAuthAgainst(issuer);
    const token = issuer.mint({ roles: ['Koordinator'] });
    await expect(authenticate({ authorization: `bearer ${token}` })).resolves.toMatchObject({
      roles: ['coordinator'],
    });
  });
});

describe('local mode (no Entra app configured)', () => {
  test('every request is the development user with the coordinator role, and that is logged once', async () => {
    const logger = createMemoryLogger();
    const authenticate = createTabAuth(
      { mode: 'local', devUser: localDevUser },
      { logger, nodeEnv: 'development' },
    );
    await expect(authenticate({})).resolves.toEqual(localDevUser);
    await expect(authenticate({ authorization: 'Bearer whatever' })).resolves.toMatchObject({
      roles: ['coordinator'],
    });
    expect(logger.lines.filter((l) => l.event === 'tab_auth.local_mode')).toHaveLength(1);
  });

  test('is refused in production', () => {
    const logger = createMemoryLogger();
    expect(() =>
      createTabAuth({ mode: 'local', devUser: localDevUser }, { logger, nodeEnv: 'production' }),
    ).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('what the tab is told', () => {
  test.each<[AppError, number, RegExp]>([
    [new AppError('NOT_AUTHENTICATED', 'token expired at ...'), 401, /ikke logget ind/],
    [new AppError('FORBIDDEN', 'user x has no role'), 403, /ikke adgang/],
    [new AppError('AUTH_UNAVAILABLE', 'JWKS answered 503'), 503, /Prøv igen/],
  ])('%s becomes %i with a Danish message and no internal reason', (error, status, text) => {
    const response = authFailureResponse(error);
    expect(response).toMatchObject({
      status,
      body: { code: error.code, message: expect.stringMatching(text) },
    });
    expect(JSON.stringify(response)).not.toContain(error.message);
  });

  test('a 401 tells the client to get a new bearer token', () => {
    expect(authFailureResponse(new AppError('NOT_AUTHENTICATED', 'x'))?.headers['WWW-Authenticate']).toMatch(
      /^Bearer/,
    );
  });

  test('other errors are not authentication failures', () => {
    expect(authFailureResponse(new AppError('STORAGE_FAILED', 'x'))).toBeUndefined();
    expect(authFailureResponse(new Error('boom'))).toBeUndefined();
  });
});

import crypto from 'node:crypto';
import { localDevUser } from '../../bot/src/http/auth';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets } from './support/databases';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * Who gets into the tab API, over real HTTP with tokens from a local Entra stand-in: the token
 * is checked on every route, roles decide what is shown, and refusals are in Danish.
 */
const sqlite = databaseTargets().find((t) => t.name === 'sqlite')!;
const now = new Date('2026-11-04T10:30:00Z');
const routes = [
  '/api/tab/me',
  '/api/tab/overview',
  '/api/tab/waves',
  '/api/tab/gaps',
  '/api/tab/callbacks',
  '/api/tab/callbacks.csv',
  '/api/tab/callbacks/TB-1001',
  '/api/tab/access-log?phone=22334455',
];
const notLoggedIn = 'Du er ikke logget ind, eller dit login er udløbet. Genindlæs fanen, og prøv igen.';

afterAll(() => sqlite.cleanup());

describe('with Teams SSO (Entra configured)', () => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    tab = await startTabApp({ database: await sqlite.fresh(), now, tabAuth: entraConfig(issuer) });
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
  });

  test('a coordinator is told who they are, that they see every center, and the mode', async () => {
    const oid = crypto.randomUUID();
    const { status, body } = await tab.get(
      '/api/tab/me',
      issuer.mint({ oid, name: 'Karin Koordinator', roles: ['Koordinator'] }),
    );

    expect(status).toBe(200);
    expect(body).toEqual({
      user: { id: oid, name: 'Karin Koordinator' },
      role: 'coordinator',
      centerCodes: ['CBAK', 'CSO', 'CSI', 'CUP', 'CØI', 'CAE', 'CTMB', 'CBB', 'CPO'],
      mode: 'entra',
    });
  });

  test('center staff are told their own centers (CØI through its ASCII app role)', async () => {
    const { body } = await tab.get(
      '/api/tab/me',
      issuer.mint({ roles: ['Fagcenter.CSO', 'Fagcenter.COEI'] }),
    );

    expect(body).toMatchObject({ role: 'center-staff', centerCodes: ['CSO', 'CØI'] });
  });

  test.each<[string, () => string]>([
    ['an expired token', () => issuer.mint({ roles: ['Koordinator'] }, { expiresIn: -3600 })],
    [
      'a token for another app (audience)',
      () => issuer.mint({ roles: ['Koordinator'], aud: crypto.randomUUID() }),
    ],
    [
      'a token from another tenant',
      () => {
        const tenant = crypto.randomUUID();
        return issuer.mint({ roles: ['Koordinator'], tid: tenant, iss: `${issuer.url}/${tenant}/v2.0` });
      },
    ],
    [
      'a token signed by someone else',
      () =>
        issuer.mint(
          { roles: ['Koordinator'] },
          { key: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey },
        ),
    ],
  ])('%s is refused with 401 and a Danish message on every route', async (_case, token) => {
    for (const route of routes) {
      const { status, body, headers } = await tab.get(route, token());
      expect({ route, status, body }).toEqual({
        route,
        status: 401,
        body: { error: { code: 'NOT_AUTHENTICATED', message: notLoggedIn } },
      });
      expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  test('no token at all is refused on every route', async () => {
    for (const route of routes) {
      const { status } = await tab.get(route);
      expect({ route, status }).toEqual({ route, status: 401 });
    }
  });

  test('a signed-in user with neither the coordinator nor a center role is refused with 403 in Danish', async () => {
    const token = issuer.mint({ roles: ['Medarbejder'] });
    for (const route of routes) {
      const { status, body } = await tab.get(route, token);
      expect({ route, status, body }).toEqual({
        route,
        status: 403,
        body: {
          error: {
            code: 'FORBIDDEN',
            message:
              'Du har ikke adgang til koordinatorfanen. Kontakt din leder, hvis du skal bruge den i dit arbejde.',
          },
        },
      });
    }
  });

  test('answers are never cached, as they can hold personal data', async () => {
    const { headers } = await tab.get('/api/tab/me', issuer.mint({ roles: ['Koordinator'] }));

    expect(headers.get('cache-control')).toBe('no-store');
  });
});

describe('local mode (no Entra configured)', () => {
  let tab: TabApp;
  beforeAll(async () => {
    tab = await startTabApp({ database: await sqlite.fresh(), now });
  });
  afterAll(() => tab?.stop());

  test('the tab works without login as the development coordinator, and the log says so at start', async () => {
    const { status, body } = await tab.get('/api/tab/me');

    expect(status).toBe(200);
    expect(body).toMatchObject({
      user: { id: localDevUser.id, name: localDevUser.name },
      role: 'coordinator',
      mode: 'local',
    });
    expect(tab.logs.find((l) => l.event === 'tab_api.local_mode')).toMatchObject({ level: 'warn' });
    const overview = await tab.get('/api/tab/overview');
    expect(overview.status).toBe(200);
  });
});

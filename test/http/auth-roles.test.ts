import crypto from 'node:crypto';
import { isAppError } from '../../bot/src/shared/errors';
import { canAccessCenter } from '../../bot/src/coordinator/roles';
import { startGraphStandIn, type GraphStandIn } from '../support/entra/graph-stand-in';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { bearer, tabAuthAgainst } from '../support/entra/tab-auth-fixture';

const coordinators = crypto.randomUUID();
const csoStaff = crypto.randomUUID();
const coeiStaff = crypto.randomUUID();
const unrelated = Array.from({ length: 5 }, () => crypto.randomUUID());
const roleGroups = JSON.stringify({ [coordinators]: 'coordinator', [csoStaff]: 'CSO', [coeiStaff]: 'CØI' });

const karen = crypto.randomUUID(); // coordinator via a group on page 3
const sofie = crypto.randomUUID(); // CSO and CØI staff via groups
const nobody = crypto.randomUUID(); // only unrelated groups

let issuer: LocalIssuer;
let graph: GraphStandIn;
beforeAll(async () => {
  issuer = await startLocalIssuer();
  graph = await startGraphStandIn({
    issuer,
    pageSize: 2,
    memberOf: {
      [karen]: [...unrelated, coordinators.toUpperCase()],
      [sofie]: [unrelated[0]!, csoStaff, coeiStaff],
      [nobody]: unrelated,
    },
  });
});
afterAll(async () => {
  await graph.close();
  await issuer.close();
});

describe('roles from the app roles in the token', () => {
  test.each<[string, string[], string[], string[]]>([
    ['Koordinator is a coordinator', ['Koordinator'], ['coordinator'], []],
    ['Fagcenter.CSO is CSO staff', ['Fagcenter.CSO'], ['center-staff'], ['CSO']],
    [
      'Fagcenter.COEI is CØI staff (Entra role values are ASCII only)',
      ['Fagcenter.COEI'],
      ['center-staff'],
      ['CØI'],
    ],
    [
      'two center roles give both centers',
      ['Fagcenter.CSO', 'Fagcenter.COEI'],
      ['center-staff'],
      ['CSO', 'CØI'],
    ],
  ])('%s', async (_case, roles, expectedRoles, centerCodes) => {
    const { authenticate } = tabAuthAgainst(issuer);
    const user = await authenticate(bearer(issuer.mint({ roles })));
    expect(user).toMatchObject({ roles: expectedRoles, centerCodes });
  });

  test('ROLE_MAP names other app role values', async () => {
    const { authenticate } = tabAuthAgainst(issuer, {
      ROLE_MAP: JSON.stringify({ Leder: 'coordinator', 'Fagcenter.OKO': 'CØI' }),
    });
    await expect(authenticate(bearer(issuer.mint({ roles: ['Leder'] })))).resolves.toMatchObject({
      roles: ['coordinator'],
    });
    await expect(authenticate(bearer(issuer.mint({ roles: ['Fagcenter.OKO'] })))).resolves.toMatchObject({
      centerCodes: ['CØI'],
    });
  });

  test('a coordinator may open every center, center staff only their own', async () => {
    const { authenticate } = tabAuthAgainst(issuer);
    const coordinator = await authenticate(bearer(issuer.mint({ roles: ['Koordinator'] })));
    const staff = await authenticate(bearer(issuer.mint({ roles: ['Fagcenter.CSO'] })));
    expect(['CSO', 'CØI'].map((c) => canAccessCenter(coordinator, c))).toEqual([true, true]);
    expect(['CSO', 'CØI'].map((c) => canAccessCenter(staff, c))).toEqual([true, false]);
  });

  test('a signed-in user with no role is refused as FORBIDDEN, and the log says who', async () => {
    const { authenticate, logs } = tabAuthAgainst(issuer);
    const oid = crypto.randomUUID();
    await expect(authenticate(bearer(issuer.mint({ oid, roles: ['Something.Else'] })))).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect(logs).toContainEqual(
      expect.objectContaining({
        event: 'tab_auth.rejected',
        code: 'FORBIDDEN',
        reason: expect.stringContaining(oid),
      }),
    );
  });
});

describe('roles from Entra groups (on-behalf-of token + Graph memberOf)', () => {
  const withGroups = () => tabAuthAgainst(issuer, { ROLE_GROUPS: roleGroups, GRAPH_BASE_URL: graph.url });

  test('a coordinator group on the third page of memberOf is found', async () => {
    const { authenticate } = withGroups();
    const pagesBefore = graph.pagesServed;
    await expect(authenticate(bearer(issuer.mint({ oid: karen })))).resolves.toMatchObject({
      id: karen,
      roles: ['coordinator'],
    });
    expect(graph.pagesServed - pagesBefore).toBe(3);
    // msal got every endpoint from configuration: no discovery round trips to Entra.
    expect(issuer.requests.openid).toBe(0);
  });

  test('center groups give center staff for CSO and CØI', async () => {
    const { authenticate } = withGroups();
    await expect(authenticate(bearer(issuer.mint({ oid: sofie })))).resolves.toMatchObject({
      roles: ['center-staff'],
      centerCodes: ['CSO', 'CØI'],
    });
  });

  test('membership is looked up once per user, then cached', async () => {
    const { authenticate } = withGroups();
    const tokensBefore = issuer.requests.token;
    const pagesBefore = graph.pagesServed;
    for (let i = 0; i < 3; i += 1) await authenticate(bearer(issuer.mint({ oid: sofie })));
    expect(issuer.requests.token - tokensBefore).toBe(1);
    expect(graph.pagesServed - pagesBefore).toBe(2);
  });

  test('a user in no mapped group is FORBIDDEN', async () => {
    const { authenticate } = withGroups();
    await expect(authenticate(bearer(issuer.mint({ oid: nobody })))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  test('the groups claim in the token is used without asking Graph', async () => {
    const { authenticate } = withGroups();
    const tokensBefore = issuer.requests.token;
    const user = await authenticate(bearer(issuer.mint({ groups: [csoStaff] })));
    expect(user).toMatchObject({ centerCodes: ['CSO'] });
    expect(issuer.requests.token).toBe(tokensBefore);
  });

  test('app roles and groups add up', async () => {
    const { authenticate } = withGroups();
    await expect(
      authenticate(bearer(issuer.mint({ oid: sofie, roles: ['Fagcenter.CBAK'] }))),
    ).resolves.toMatchObject({
      centerCodes: ['CBAK', 'CSO', 'CØI'],
    });
  });

  test.each<[string, () => void, () => void]>([
    [
      'Entra refuses the on-behalf-of request',
      () => (issuer.faults.token = 503),
      () => delete issuer.faults.token,
    ],
    ['Graph is down', () => (graph.faults.memberOf = 503), () => delete graph.faults.memberOf],
  ])('when %s, the request fails as unavailable (503), not as forbidden', async (_case, breakIt, repair) => {
    const { authenticate } = withGroups();
    breakIt();
    try {
      const error = await authenticate(bearer(issuer.mint({ oid: crypto.randomUUID() }))).catch(
        (e: unknown) => e,
      );
      expect(isAppError(error, 'AUTH_UNAVAILABLE')).toBe(true);
    } finally {
      repair();
    }
  });

  test('a wrong client secret is reported as unavailable, with the reason in the log', async () => {
    const { authenticate, logs } = tabAuthAgainst(issuer, {
      ROLE_GROUPS: roleGroups,
      GRAPH_BASE_URL: graph.url,
      TAB_CLIENT_SECRET: 'wrong',
    });
    await expect(authenticate(bearer(issuer.mint({ oid: karen })))).rejects.toMatchObject({
      code: 'AUTH_UNAVAILABLE',
    });
    expect(logs).toContainEqual(
      expect.objectContaining({
        event: 'tab_auth.rejected',
        reason: expect.stringMatching(/invalid_client/),
      }),
    );
  });
});

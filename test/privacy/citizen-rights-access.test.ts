import { httpMessages } from '../../bot/src/http/http-messages';
import { tabMessages } from '../../bot/src/http/tab-api/tab-messages';
import { validateBooking } from '../../bot/src/callbacks/booking-form';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { newFormKey } from '../../bot/src/callbacks/form-key';
import { testConfig } from '../integration/test-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets, type AppDatabase } from '../tab-api/support/databases';
import { play } from '../tab-api/support/dataset';
import { startTabApp, type TabApp } from '../tab-api/support/tab-app';
import { citizenDataPath, erasePath, tabRequest } from './support/tab-client';

/**
 * Promise: only coordinators may see or erase everything held about a citizen, both requests
 * are in the access log, and the phone number is typed the way people type it: every spelling
 * the booking form accepts finds the citizen, and what the form refuses is refused here too.
 */
const now = new Date('2026-11-04T10:30:00Z');
const citizenKey = citizenKeyFor(testConfig().accessLog.key);
const jens = { name: 'Jens Hansen', phone: '22334455', description: 'Vil høre om morgenbesøg' };

/** Grouping, prefixes and look-alikes people type or paste, each on the same number. */
const groupings = [
  '22334455',
  '22 33 44 55',
  '2233 4455',
  '22-33-44-55',
  '22.33.44.55',
  '22/33/44/55',
  '22\u00a033\u00a044\u00a055',
  '22\u201333\u201344\u201355',
  '22\t33\t44\t55',
  '22\u200b33\u200b44\u200b55',
  '(22) 33 44 55',
  '22 33 44 5',
];
const prefixes = ['', '+45', '+45 ', '0045 ', '45', ' '];
const spellings = prefixes.flatMap((p) => groupings.map((g) => `${p}${g}`));

const bookingAccepts = (phone: string): boolean => {
  const checked = validateBooking({
    citizenName: 'Jens Hansen',
    phone,
    centerCode: 'CSO',
    topic: 'Hjemmehjælp',
    description: 'Vil høre om morgenbesøg',
    idempotencyKey: newFormKey(),
  });
  return checked.ok && checked.booking.phone === '22334455';
};

describe.each(databaseTargets())('who may see and erase a citizen’s data, on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  let database: AppDatabase;
  const coordinator = () =>
    issuer.mint({ oid: 'aad-coordinator', name: 'Karin Koordinator', roles: ['Koordinator'] });
  const csoStaff = () => issuer.mint({ oid: 'aad-cso-staff', name: 'Søren CSO', roles: ['Fagcenter.CSO'] });
  const logOf = () => tab.store.accessLog.accessLogFor(citizenKey('22334455'));

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    database = await target.fresh();
    tab = await startTabApp({ database, now, tabAuth: entraConfig(issuer) });
    await play(tab.store, {
      center: 'CSO',
      topic: 'Hjemmehjælp',
      citizen: jens,
      bookedAt: '2026-11-02T08:00:00Z',
    });
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  test('every spelling the booking form accepts finds the citizen, and what it refuses is refused', async () => {
    const accepted = spellings.filter(bookingAccepts);
    // The form's usual spellings are among them, so this cannot pass by accepting nothing.
    expect(accepted).toEqual(
      expect.arrayContaining(['22334455', '+45 22 33 44 55', '0045 2233 4455', '22-33-44-55']),
    );
    for (const spelling of spellings) {
      const { status, body } = await tabRequest<{ phone?: string; callbacks?: unknown[] }>(
        tab.app.url,
        citizenDataPath(spelling),
        { token: coordinator() },
      );
      expect([spelling, status]).toEqual([spelling, bookingAccepts(spelling) ? 200 : 400]);
      if (status === 200) expect(body).toMatchObject({ phone: '22334455', callbacks: [expect.anything()] });
    }
  });

  test('a number that is not Danish is refused in Danish, for the look-up and the erasure', async () => {
    for (const answer of [
      await tabRequest(tab.app.url, citizenDataPath('1234'), { token: coordinator() }),
      await tabRequest(tab.app.url, erasePath, { token: coordinator(), post: { phone: '1234' } }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        error: {
          code: 'PHONE_INVALID',
          message: 'Telefonnummeret skal være et dansk nummer med 8 cifre, fx 22 33 44 55.',
        },
      });
    }
  });

  test.each<[string, { post?: unknown; rawBody?: string; contentType?: string }]>([
    ['no phone', { post: {} }],
    ['a phone that is not text', { post: { phone: 22334455 } }],
  ])('an erasure with %s is refused in Danish, and nothing is erased', async (_why, request) => {
    const answer = await tabRequest(tab.app.url, erasePath, { token: coordinator(), ...request });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { message: expect.stringMatching(/^Ugyldig værdi for »phone«/) },
    });
    expect((await tab.store.callbacks.citizenCallbacks('22334455')).length).toBe(1);
  });

  test('a plain HTML form post (not JSON) erases nothing: another web page cannot erase through the browser', async () => {
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', 'phone=22334455'],
      ['text/plain', '{"phone": "22334455"}'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="phone"\r\n\r\n22334455\r\n--x--\r\n',
      ],
    ];
    for (const [contentType, rawBody] of forms) {
      const answer = await tabRequest(tab.app.url, erasePath, { token: coordinator(), rawBody, contentType });

      expect([contentType, answer.status]).toEqual([contentType, 400]);
      // Refused at the edge (bot/src/http/json-body.ts) or, for a body the edge does not read
      // (multipart), by the route: either way a Danish answer and nothing erased.
      const message = (answer.body as { error?: { message?: string } }).error?.message;
      expect([httpMessages.bodyNotJson, tabMessages.jsonRequired]).toContain(message);
    }
    expect((await tab.store.callbacks.citizenCallbacks('22334455')).length).toBe(1);
  });

  test('center staff may neither see nor erase it; they are told in Danish and nothing is logged', async () => {
    const before = (await logOf()).length;
    const seen = await tabRequest(tab.app.url, citizenDataPath('22334455'), { token: csoStaff() });
    const erased = await tabRequest(tab.app.url, erasePath, {
      token: csoStaff(),
      post: { phone: '22334455' },
    });

    for (const answer of [seen, erased]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        error: {
          code: 'FORBIDDEN',
          message: 'Kun koordinatorer kan se og slette alt, hvad der er gemt om en borger.',
        },
      });
      expect(answer.text).not.toContain('Jens');
    }
    expect((await tab.store.callbacks.citizenCallbacks('22334455')).length).toBe(1);
    expect(await logOf()).toHaveLength(before);
  });

  test('without a Teams token neither request is answered', async () => {
    expect((await tabRequest(tab.app.url, citizenDataPath('22334455'))).status).toBe(401);
    expect((await tabRequest(tab.app.url, erasePath, { post: { phone: '22334455' } })).status).toBe(401);
  });

  test('both requests are in the access log under the coordinator’s name', async () => {
    await tabRequest(tab.app.url, citizenDataPath('22 33 44 55'), { token: coordinator() });
    const erased = await tabRequest(tab.app.url, erasePath, {
      token: coordinator(),
      post: { phone: '+4522334455' },
    });

    expect(erased).toMatchObject({ status: 200, body: { callbacks: 1, closed: 1 } });
    const lines = (await logOf()).map((l) => [l.user.name, l.action, l.details?.what]);
    // The clock stands still here, so lines are compared as a set, not by order.
    expect(lines).toEqual(
      expect.arrayContaining([
        ['Karin Koordinator', 'read', 'citizen_data'],
        ['Karin Koordinator', 'delete', 'citizen_erasure'],
      ]),
    );
  });

  test('a second erasure of the same number finds nothing more, answers 2xx, and is logged too', async () => {
    const again = await tabRequest(tab.app.url, erasePath, {
      token: coordinator(),
      post: { phone: '22334455' },
    });

    expect(again).toMatchObject({ status: 200, body: { callbacks: 0, closed: 0, references: [] } });
    expect(await logOf()).toContainEqual(
      expect.objectContaining({
        action: 'delete',
        details: { what: 'citizen_erasure', callbacks: 0, closed: 0 },
      }),
    );
    expect(await tab.store.erasures.since(new Date(0))).toHaveLength(1);
  });
});

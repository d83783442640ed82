import type { Callback } from '../../bot/src/callbacks/callback';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { testConfig } from '../integration/test-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets, type AppDatabase } from '../tab-api/support/databases';
import { play, staff, type Story } from '../tab-api/support/dataset';
import { startTabApp, type TabApp } from '../tab-api/support/tab-app';

/**
 * Promise (need to know): in the tab, a center's staff see a citizen's name, phone and
 * description only on the callbacks they hold; coordinators see them on any callback, and each
 * such view is in the access log. Searching the callback list by a citizen's data is for
 * coordinators only, and each callback it finds is in the access log under the citizen.
 */
const now = new Date('2026-11-04T10:30:00Z');
const citizenKey = citizenKeyFor(testConfig().accessLog.key);
const mette = { name: 'Mette Madsen', phone: '61726354', description: 'Kørestolen er i stykker' };
const ole = { name: 'Ole Olsen', phone: '44556677', description: 'Venter på svar om botilbud' };
const jens = { name: 'Jens Hansen', phone: '22334455', description: 'Vil høre om morgenbesøg' };
const anne = { name: 'Anne Ærø', phone: '55667788', description: 'Forstår ikke beregningen' };
const soren = staff('CSO', 1);
const colleague = staff('CSO', 2);

const stories: Record<string, Story> = {
  open: { center: 'CSO', topic: 'Kørestol til lån', citizen: mette, bookedAt: '2026-11-03T08:00:00Z' },
  mine: {
    center: 'CSO',
    topic: 'Botilbud',
    citizen: ole,
    bookedAt: '2026-11-03T09:00:00Z',
    steps: [{ at: '2026-11-03T10:00:00Z', do: 'claim', by: soren }],
  },
  colleagues: {
    center: 'CSO',
    topic: 'Hjemmehjælp om morgenen',
    citizen: jens,
    bookedAt: '2026-11-03T09:30:00Z',
    steps: [{ at: '2026-11-03T10:00:00Z', do: 'claim', by: colleague }],
  },
  closedByMe: {
    center: 'CSO',
    topic: 'Boligstøtte',
    citizen: anne,
    bookedAt: '2026-11-02T08:00:00Z',
    steps: [
      { at: '2026-11-02T09:00:00Z', do: 'claim', by: soren },
      { at: '2026-11-02T10:00:00Z', do: 'close', by: soren },
    ],
  },
};

interface Detail {
  canSeePersonalData: boolean;
  citizen: typeof mette | null;
}

describe.each(databaseTargets())('need to know in the tab, on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  let database: AppDatabase;
  const byStory = new Map<string, Callback>();
  const coordinator = () =>
    issuer.mint({ oid: 'aad-coordinator', name: 'Karin Koordinator', roles: ['Koordinator'] });
  const asSoren = () => issuer.mint({ oid: soren.id, name: soren.name, roles: ['Fagcenter.CSO'] });
  const logOf = (phone: string) => tab.store.accessLog.accessLogFor(citizenKey(phone));
  const detail = (story: string, token: string) =>
    tab.get<Detail>(`/api/tab/callbacks/${byStory.get(story)!.id}`, token);
  const list = (query: string, token: string) =>
    tab.get<{ total: number; items: { reference: string; topic: string }[] }>(
      `/api/tab/callbacks?${query}`,
      token,
    );

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    database = await target.fresh();
    tab = await startTabApp({ database, now, tabAuth: entraConfig(issuer) });
    for (const [key, story] of Object.entries(stories)) byStory.set(key, (await play(tab.store, story))[0]!);
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  describe('the detail view', () => {
    test.each([
      ['an open callback nobody holds', 'open', mette],
      ['a callback a colleague holds', 'colleagues', jens],
      ['a callback they closed, which nobody holds any more', 'closedByMe', anne],
    ])('center staff see no citizen data on %s, and nothing is logged', async (_what, story, citizen) => {
      const { status, body, text } = await detail(story, asSoren());

      expect(status).toBe(200);
      expect(body).toMatchObject({ canSeePersonalData: false, citizen: null });
      for (const value of Object.values(citizen)) expect(text).not.toContain(value);
      const sorenReads = (await logOf(citizen.phone)).filter(
        (l) => l.user.id === soren.id && l.action === 'read',
      );
      expect(sorenReads).toEqual([]);
    });

    test('center staff see the citizen on the callback they hold, and the view is logged under their name', async () => {
      const { body } = await detail('mine', asSoren());

      expect(body).toMatchObject({ canSeePersonalData: true, citizen: ole });
      expect(await logOf(ole.phone)).toContainEqual(
        expect.objectContaining({
          user: soren,
          action: 'read',
          details: expect.objectContaining({ what: 'tab_detail' }),
        }),
      );
    });

    test('a coordinator sees the citizen on any callback, each view logged', async () => {
      for (const [story, citizen] of [
        ['open', mette],
        ['colleagues', jens],
      ] as const) {
        const before = (await logOf(citizen.phone)).length;
        const { body } = await detail(story, coordinator());

        expect(body).toMatchObject({ canSeePersonalData: true, citizen });
        expect(await logOf(citizen.phone)).toHaveLength(before + 1);
      }
    });
  });

  describe('searching the list by a citizen’s data', () => {
    test.each([
      ['name', 'mette madsen', 'open'],
      ['phone, as typed', '+45 61 72 63 54', 'open'],
      ['part of a phone number, as typed', '72 63', 'open'],
      ['description', 'morgenbesøg', 'colleagues'],
    ])('a coordinator finds callbacks by the citizen’s %s', async (_what, text, story) => {
      const { status, body } = await list(`citizen=${encodeURIComponent(text)}`, coordinator());

      expect(status).toBe(200);
      expect(body.items.map((i) => i.reference)).toEqual([byStory.get(story)!.reference]);
      expect(JSON.stringify(body)).not.toMatch(/Mette Madsen|61726354|morgenbesøg/);
    });

    test('each callback the search found is in the access log under its citizen, without the search text', async () => {
      const before = new Set((await logOf(mette.phone)).map((l) => l.id));
      await list('citizen=Mette', coordinator());

      // Lines written at the same instant (the test's clock stands still) come in either order.
      const lines = await logOf(mette.phone);
      const added = lines.filter((l) => !before.has(l.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({
        user: { id: 'aad-coordinator', name: 'Karin Koordinator' },
        action: 'search',
        callbackId: byStory.get('open')!.id,
        details: { what: 'tab_citizen_search', reference: byStory.get('open')!.reference },
      });
      expect(JSON.stringify(lines)).not.toContain('Mette');
    });

    test('a search that finds nothing is logged too, without a citizen', async () => {
      const before = await database.rows<{ n: number }>(
        "select count(*) as n from access_log where details like '%tab_citizen_search%' and citizen_key is null",
      );
      const { body } = await list('citizen=Ingen+Sådan', coordinator());

      expect(body.total).toBe(0);
      const after = await database.rows<{ n: number }>(
        "select count(*) as n from access_log where details like '%tab_citizen_search%' and citizen_key is null",
      );
      expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
    });

    test('center staff may not search by a citizen’s data: refused in Danish, nothing searched or logged', async () => {
      const before = (await logOf(mette.phone)).length;
      const { status, body } = await list('citizen=Mette', asSoren());

      expect(status).toBe(403);
      expect(body).toEqual({
        error: {
          code: 'FORBIDDEN',
          message: 'Kun koordinatorer kan søge på borgerens navn, telefonnummer og beskrivelse.',
        },
      });
      expect(await logOf(mette.phone)).toHaveLength(before);
    });

    test('the ordinary search (reference and topic) never looks at a citizen’s data, for anyone', async () => {
      for (const token of [asSoren(), coordinator()]) {
        expect((await list('q=Mette', token)).body.total).toBe(0);
        expect((await list('q=61726354', token)).body.total).toBe(0);
        expect((await list('q=Kørestol', token)).body.items.map((i) => i.topic)).toEqual([
          'Kørestol til lån',
        ]);
      }
    });

    test('the CSV export filtered by a citizen’s data is for coordinators only, and logged per callback', async () => {
      const staffExport = await tab.get(`/api/tab/callbacks.csv?citizen=Mette`, asSoren());
      expect(staffExport.status).toBe(403);

      const before = new Set((await logOf(mette.phone)).map((l) => l.id));
      const { status, text } = await tab.get(`/api/tab/callbacks.csv?citizen=Mette`, coordinator());

      expect(status).toBe(200);
      expect(text).toContain(byStory.get('open')!.reference);
      expect(text).not.toContain(byStory.get('mine')!.reference);
      expect((await logOf(mette.phone)).filter((l) => !before.has(l.id))).toContainEqual(
        expect.objectContaining({
          action: 'search',
          details: expect.objectContaining({ what: 'tab_citizen_search' }),
        }),
      );
    });
  });
});

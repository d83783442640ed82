import type { Callback } from '../../bot/src/callbacks/callback';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { testConfig } from '../integration/test-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets, type AppDatabase } from './support/databases';
import { play, staff, type Story } from './support/dataset';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * The callback list, its detail view, the CSV export and the access-log search: who sees which
 * callbacks, where personal data appears, and that every look at it is logged.
 */
interface Item {
  id: string;
  reference: string;
  centerCode: string;
  topic: string;
  status: string;
  overdue: boolean;
}
interface List {
  total: number;
  items: Item[];
}

const now = new Date('2026-11-04T10:30:00Z');
const citizenKey = citizenKeyFor(testConfig().accessLog.key);
const jens = { name: 'Jens Hansen', phone: '22334455', description: 'Vil høre om morgenbesøg' };
const mette = { name: 'Mette Madsen', phone: '33445566', description: 'Kørestolen er i stykker' };
const ole = { name: 'Ole Olsen', phone: '44556677', description: 'Venter på svar' };
const anne = { name: 'Anne Ærø', phone: '55667788', description: 'Forstår ikke beregningen' };
const bodil = { name: 'Bodil Berg', phone: '66778899', description: 'Gammel sag' };

const stories: Story[] = [
  {
    center: 'CSO',
    topic: 'Hjemmehjælp om morgenen',
    citizen: jens,
    bookedAt: '2026-11-02T08:00:00Z',
    steps: [
      { at: '2026-11-02T09:00:00Z', do: 'claim' },
      { at: '2026-11-02T09:30:00Z', do: 'attempt' },
      { at: '2026-11-03T10:00:00Z', do: 'close' },
    ],
  },
  { center: 'CSO', topic: 'Kørestol til lån', citizen: mette, bookedAt: '2026-10-20T08:00:00Z' },
  {
    center: 'CSI',
    topic: 'Botilbud venteliste',
    citizen: ole,
    bookedAt: '2026-11-03T09:00:00Z',
    steps: [{ at: '2026-11-03T09:30:00Z', do: 'claim' }],
  },
  {
    center: 'CBAK',
    topic: 'Boligstøtte "ny" beregning; spørgsmål',
    citizen: anne,
    bookedAt: '2026-11-04T08:00:00Z',
  },
  {
    center: 'CSO',
    topic: '=HYPERLINK("http://x")',
    citizen: bodil,
    bookedAt: '2026-09-10T08:00:00Z',
    steps: [
      { at: '2026-09-10T09:00:00Z', do: 'claim' },
      { at: '2026-09-11T09:00:00Z', do: 'close' },
    ],
  },
];

describe.each(databaseTargets())('callbacks in the tab on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  let database: AppDatabase;
  const byTopic = new Map<string, Callback>();
  const coordinator = () =>
    issuer.mint({ oid: 'aad-coordinator', name: 'Karin Koordinator', roles: ['Koordinator'] });
  const csoStaff = () => issuer.mint({ oid: 'aad-cso-staff', name: 'Søren CSO', roles: ['Fagcenter.CSO'] });
  const list = (query: string, token = coordinator()) => tab.get<List>(`/api/tab/callbacks?${query}`, token);
  const logOf = (phone: string) => tab.store.accessLog.accessLogFor(citizenKey(phone));
  const exportsLogged = () =>
    database.rows<{ user_id: string; citizen_key: string | null; details: string }>(
      "select user_id, citizen_key, details from access_log where action = 'export' order by at",
    );

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    database = await target.fresh();
    tab = await startTabApp({ database, now, tabAuth: entraConfig(issuer) });
    for (const story of stories) {
      const [callback] = await play(tab.store, story);
      byTopic.set(story.topic!, callback!);
    }
    // Retention has erased the personal data of the callback closed in September.
    await tab.store.callbacks.eraseCitizenData(
      new Date('2026-10-11T00:00:00Z'),
      new Date('2026-10-11T00:00:00Z'),
    );
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  describe('the list', () => {
    test('shows every callback newest first, without the citizens’ data', async () => {
      const { status, body, text } = await list('');

      expect(status).toBe(200);
      expect(body.total).toBe(5);
      expect(body.items.map((i) => i.topic)).toEqual([
        'Boligstøtte "ny" beregning; spørgsmål',
        'Botilbud venteliste',
        'Hjemmehjælp om morgenen',
        'Kørestol til lån',
        '=HYPERLINK("http://x")',
      ]);
      for (const citizen of [jens, mette, ole, anne]) {
        expect(text).not.toContain(citizen.name);
        expect(text).not.toContain(citizen.phone);
        expect(text).not.toContain(citizen.description);
      }
    });

    test.each<[string, string[]]>([
      ['center=CSO', ['Hjemmehjælp om morgenen', 'Kørestol til lån', '=HYPERLINK("http://x")']],
      ['center=CSI,CBAK', ['Boligstøtte "ny" beregning; spørgsmål', 'Botilbud venteliste']],
      ['status=open', ['Boligstøtte "ny" beregning; spørgsmål', 'Kørestol til lån']],
      ['status=claimed,closed', ['Botilbud venteliste', 'Hjemmehjælp om morgenen', '=HYPERLINK("http://x")']],
      ['overdue=true', ['Kørestol til lån']],
      ['from=2026-11-02&to=2026-11-04', ['Botilbud venteliste', 'Hjemmehjælp om morgenen']],
      ['q=kørestol', ['Kørestol til lån']],
      ['q=TB-1001', ['Hjemmehjælp om morgenen']],
      // The text filter never looks at personal data: the list cannot reveal who called.
      ['q=Mette', []],
      ['q=22334455', []],
    ])('filters on %s', async (query, topics) => {
      const { body } = await list(query);

      expect(body.items.map((i) => i.topic)).toEqual(topics);
      expect(body.total).toBe(topics.length);
    });

    test('pages with limit and offset, the total counting every match', async () => {
      const { body } = await list('limit=2&offset=2');

      expect(body.total).toBe(5);
      expect(body.items.map((i) => i.topic)).toEqual(['Hjemmehjælp om morgenen', 'Kørestol til lån']);
    });

    test('marks the callback past its deadline as overdue', async () => {
      const { body } = await list('center=CSO');

      expect(body.items.map((i) => [i.topic, i.overdue])).toEqual([
        ['Hjemmehjælp om morgenen', false],
        ['Kørestol til lån', true],
        ['=HYPERLINK("http://x")', false],
      ]);
    });

    test('center staff see their own center, and are refused another', async () => {
      const own = await list('', csoStaff());
      const other = await list('center=CSI', csoStaff());

      expect(own.body.items.every((i) => i.centerCode === 'CSO')).toBe(true);
      expect(own.body.total).toBe(3);
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ error: { message: 'Du har kun adgang til dine egne centre.' } });
    });
  });

  describe('the detail view', () => {
    test('shows a coordinator the full history and the citizen, and logs that they saw it', async () => {
      const callback = byTopic.get('Hjemmehjælp om morgenen')!;
      const { status, body } = await tab.get<Record<string, unknown>>(
        `/api/tab/callbacks/${callback.id}`,
        coordinator(),
      );

      expect(status).toBe(200);
      expect(body).toMatchObject({
        callback: {
          id: callback.id,
          reference: callback.reference,
          centerCode: 'CSO',
          status: 'closed',
          outcome: 'resolved',
          attempts: 1,
          holderName: staff('CSO').name,
          bookedBy: { id: 'aad-agent-1', name: 'Agnete Agent' },
        },
        canSeePersonalData: true,
        citizen: jens,
      });
      expect(body.history).toEqual([
        expect.objectContaining({
          action: 'book',
          fromStatus: null,
          toStatus: 'open',
          actor: { id: 'aad-agent-1', name: 'Agnete Agent' },
        }),
        expect.objectContaining({ action: 'claim', at: '2026-11-02T09:00:00.000Z', actor: staff('CSO') }),
        expect.objectContaining({ action: 'attempt', details: { note: 'no_answer', attempts: 1 } }),
        expect.objectContaining({ action: 'close', fromStatus: 'claimed', toStatus: 'closed' }),
      ]);
      expect(await logOf(jens.phone)).toContainEqual(
        expect.objectContaining({
          user: { id: 'aad-coordinator', name: 'Karin Koordinator' },
          action: 'read',
          callbackId: callback.id,
          details: { what: 'tab_detail', reference: callback.reference },
        }),
      );
    });

    test('is also found by its reference, as people read it aloud', async () => {
      const callback = byTopic.get('Kørestol til lån')!;
      const { body } = await tab.get(`/api/tab/callbacks/${callback.reference.toLowerCase()}`, coordinator());

      expect(body).toMatchObject({ callback: { id: callback.id, overdue: true }, citizen: mette });
    });

    test('shows staff of the center the callback without the citizen when they do not hold it (test/privacy)', async () => {
      const callback = byTopic.get('Kørestol til lån')!;
      const { body } = await tab.get(`/api/tab/callbacks/${callback.id}`, csoStaff());

      expect(body).toMatchObject({ canSeePersonalData: false, citizen: null, callback: { id: callback.id } });
      expect((await logOf(mette.phone)).map((e) => [e.user.name, e.action])).not.toContainEqual([
        'Søren CSO',
        'read',
      ]);
    });

    test('is "not found" for staff of another center, and nothing is logged', async () => {
      const callback = byTopic.get('Botilbud venteliste')!;
      const { status, body, text } = await tab.get(`/api/tab/callbacks/${callback.id}`, csoStaff());

      expect(status).toBe(404);
      expect(body).toEqual({
        error: {
          code: 'CALLBACK_NOT_FOUND',
          message: 'Tilbagekaldet findes ikke, eller du har ikke adgang til det.',
        },
      });
      expect(text).not.toContain(ole.name);
      expect(await logOf(ole.phone)).toEqual([]);
    });

    test('shows no citizen once retention erased the data, and logs nothing', async () => {
      const callback = byTopic.get('=HYPERLINK("http://x")')!;
      const { body } = await tab.get(`/api/tab/callbacks/${callback.id}`, coordinator());

      expect(body).toMatchObject({ citizen: null, callback: { status: 'closed' } });
      expect((body as { history: { action: string }[] }).history.map((h) => h.action)).toEqual([
        'book',
        'claim',
        'close',
        'erase',
      ]);
      expect(await logOf(bodil.phone)).toEqual([]);
    });
  });

  describe('the CSV export', () => {
    const rowsOf = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);

    test('opens in Danish Excel: BOM, semicolons, Danish headers, no personal data by default, and is logged', async () => {
      const before = (await exportsLogged()).length;
      const { status, headers, text } = await tab.get(
        '/api/tab/callbacks.csv?center=CSO,CBAK',
        coordinator(),
      );

      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(headers.get('content-disposition')).toBe('attachment; filename="tilbagekald-2026-11-04.csv"');
      expect(rowsOf(text)[0]).toBe(
        'Reference;Center;Emne;Status;Hastegrad;Taget af;Booket;Frist;Over frist;Lukket;Udfald;Opkaldsforsøg;Flyttet til;Flyttet fra',
      );
      expect(text.startsWith('\uFEFFReference;')).toBe(true);
      const rows = rowsOf(text);
      expect(rows).toHaveLength(5);
      expect(rows[1]).toBe(
        'TB-1004;CBAK;"Boligstøtte ""ny"" beregning; spørgsmål";Åben;Normal;;2026-11-04 09:00;2026-11-06 13:00;Nej;;;0;;',
      );
      // Friday closes at 13:00 (Copenhagen time, as the meeting reads it); a topic that Excel would
      // run as a formula stays text.
      expect(rows[4]).toContain(`;"'=HYPERLINK(""http://x"")";`);
      for (const citizen of [jens, mette, anne]) expect(text).not.toContain(citizen.name);
      const logged = await exportsLogged();
      expect(logged).toHaveLength(before + 1);
      expect(logged.at(-1)).toMatchObject({ user_id: 'aad-coordinator', citizen_key: null });
      expect(JSON.parse(logged.at(-1)!.details)).toMatchObject({
        what: 'csv_export',
        personal: false,
        rows: 4,
      });
    });

    test('with personal data for a coordinator who asks, logged once per citizen', async () => {
      const { status, text } = await tab.get(
        '/api/tab/callbacks.csv?center=CSO&personal=true',
        coordinator(),
      );

      expect(status).toBe(200);
      expect(rowsOf(text)[0]).toMatch(/;Borgerens navn;Telefon;Beskrivelse$/);
      expect(text).toContain(`;${jens.name};${jens.phone};${jens.description}`);
      expect(text).toContain(mette.name);
      expect(text).not.toContain(anne.name);
      expect((await logOf(jens.phone)).filter((e) => e.action === 'export')).toHaveLength(1);
      expect((await logOf(mette.phone)).filter((e) => e.action === 'export')).toHaveLength(1);
      expect((await logOf(anne.phone)).filter((e) => e.action === 'export')).toHaveLength(0);
    });

    test('personal data is refused to center staff in Danish, and nothing is exported or logged', async () => {
      const before = (await exportsLogged()).length;
      const { status, body } = await tab.get('/api/tab/callbacks.csv?personal=true', csoStaff());

      expect(status).toBe(403);
      expect(body).toEqual({
        error: {
          code: 'FORBIDDEN',
          message:
            'Kun koordinatorer kan eksportere personoplysninger. Eksportér listen uden personoplysninger.',
        },
      });
      expect(await exportsLogged()).toHaveLength(before);
    });

    test('center staff export their own center without personal data', async () => {
      const { status, text } = await tab.get('/api/tab/callbacks.csv', csoStaff());

      expect(status).toBe(200);
      expect(
        rowsOf(text)
          .slice(1)
          .map((r) => r.split(';')[1]),
      ).toEqual(['CSO', 'CSO', 'CSO']);
      expect(text).not.toContain(mette.name);
    });
  });

  describe('the access-log search', () => {
    test('a coordinator finds every access to one citizen by phone number, in any usual spelling', async () => {
      const callback = byTopic.get('Botilbud venteliste')!;
      await tab.get(`/api/tab/callbacks/${callback.id}`, coordinator());

      const { status, body } = await tab.get<{ entries: Record<string, unknown>[] }>(
        `/api/tab/access-log?phone=${encodeURIComponent('+45 44 55 66 77')}`,
        coordinator(),
      );

      expect(status).toBe(200);
      expect(body.entries).toEqual([
        {
          at: now.toISOString(),
          user: { id: 'aad-coordinator', name: 'Karin Koordinator' },
          action: 'read',
          reference: callback.reference,
          details: { what: 'tab_detail', reference: callback.reference },
        },
      ]);
    });

    test('the search is itself logged, so a second search shows the first', async () => {
      await tab.get('/api/tab/access-log?phone=55667788', coordinator());
      const { body } = await tab.get<{ entries: { action: string }[] }>(
        '/api/tab/access-log?phone=55 66 77 88',
        coordinator(),
      );

      expect(body.entries.map((e) => e.action)).toEqual(['search']);
    });

    test.each<[string, string, number, string]>([
      ['center staff', '22334455', 403, 'Kun koordinatorer kan søge i adgangsloggen.'],
      [
        'a number that is not Danish',
        '1234',
        400,
        'Telefonnummeret skal være et dansk nummer med 8 cifre, fx 22 33 44 55.',
      ],
    ])('is refused for %s', async (who, phone, status, message) => {
      const token = who === 'center staff' ? csoStaff() : coordinator();
      const answer = await tab.get(`/api/tab/access-log?phone=${phone}`, token);

      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ error: { message } });
    });
  });
});

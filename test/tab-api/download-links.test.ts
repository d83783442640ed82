import { createHash } from 'node:crypto';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { testConfig } from '../integration/test-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets, type AppDatabase } from './support/databases';
import { play, type Story } from './support/dataset';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * The CSV export through a single-use link (decision 0051), as Teams desktop and mobile need it:
 * the tab asks for a link, Teams opens it in a browser without the tab's token. Over real HTTP,
 * on both databases, with two instances sharing one database.
 */
interface Link {
  url: string;
  expiresAt: string;
}

const start = new Date('2026-11-04T10:30:00Z');
const citizenKey = citizenKeyFor(testConfig().accessLog.key);
const jens = { name: 'Jens Hansen', phone: '22334455', description: 'Vil høre om morgenbesøg' };
const anne = { name: 'Anne Ærø', phone: '55667788', description: 'Forstår ikke beregningen' };
const stories: Story[] = [
  { center: 'CSO', topic: 'Hjemmehjælp om morgenen', citizen: jens, bookedAt: '2026-11-02T08:00:00Z' },
  { center: 'CBAK', topic: 'Boligstøtte', citizen: anne, bookedAt: '2026-11-03T08:00:00Z' },
];
const messages = {
  used: 'Linket til eksporten er allerede brugt: det virker kun én gang. Eksportér igen fra fanen Tilbagekald.',
  expired:
    'Linket til eksporten er udløbet: det virker kun i 60 sekunder. Eksportér igen fra fanen Tilbagekald.',
  otherUser: 'Linket til eksporten er lavet til en anden bruger. Eksportér selv fra fanen Tilbagekald.',
  unknown: 'Linket til eksporten findes ikke. Eksportér igen fra fanen Tilbagekald.',
};

describe.each(databaseTargets())('CSV download links on $name', (target) => {
  let issuer: LocalIssuer;
  let database: AppDatabase;
  let tab: TabApp;
  let other: TabApp;
  let now = start;
  const coordinator = () =>
    issuer.mint({ oid: 'aad-coordinator', name: 'Karin Koordinator', roles: ['Koordinator'] });
  const colleague = () =>
    issuer.mint({ oid: 'aad-colleague', name: 'Kurt Koordinator', roles: ['Koordinator'] });
  const csoStaff = () => issuer.mint({ oid: 'aad-cso-staff', name: 'Søren CSO', roles: ['Fagcenter.CSO'] });
  const exportsLogged = () =>
    database.rows<{ user_id: string; citizen_key: string | null; details: string }>(
      "select user_id, citizen_key, details from access_log where action = 'export' order by at",
    );
  const issue = async (query: string, token = coordinator()) => {
    const answer = await tab.post<Link>(`/api/tab/callbacks.csv/link${query}`, {}, token);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    database = await target.fresh();
    tab = await startTabApp({ database, now: () => now, tabAuth: entraConfig(issuer) });
    other = await startTabApp({
      database,
      now: () => now,
      tabAuth: entraConfig(issuer),
      env: { INSTANCE_ID: 'second-instance' },
    });
    for (const story of stories) await play(tab.store, story);
  });
  beforeEach(() => {
    now = start;
  });
  afterAll(async () => {
    await other?.stop();
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  test('a link opened without a token (as Teams opens it) downloads the file once, logged when fetched', async () => {
    const before = await exportsLogged();
    const link = await issue('?center=CSO&personal=true');

    expect(link.url).toMatch(/^\/api\/tab\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(link.expiresAt) - start.getTime()).toBe(60_000);
    expect(await exportsLogged()).toEqual(before);

    now = new Date(start.getTime() + 59_000);
    const first = await tab.get(link.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(first.headers.get('content-disposition')).toBe(
      'attachment; filename="tilbagekald-2026-11-04.csv"',
    );
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.text).toContain(`;${jens.name};${jens.phone};`);
    expect(first.text).not.toContain(anne.name);
    const logged = (await exportsLogged()).slice(before.length);
    expect(logged.map((e) => [e.user_id, e.citizen_key])).toEqual([
      ['aad-coordinator', null],
      ['aad-coordinator', citizenKey(jens.phone)],
    ]);

    // A used link keeps no filter: an export's filter may hold a citizen search.
    const stored = await database.rows<{ query: string; used_at: unknown }>(
      'select query, used_at from download_links where used_at is not null',
    );
    expect(stored.map((r) => r.query)).toEqual(stored.map(() => ''));
    expect(stored.length).toBeGreaterThan(0);

    const second = await tab.get(link.url);
    expect(second.status).toBe(410);
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.text).toContain(messages.used);
    expect(second.text).not.toContain(jens.name);
    expect(await exportsLogged()).toHaveLength(logged.length + before.length);
  });

  test('a link issued on one instance is served by another, and only once across both', async () => {
    const link = await issue('?center=CBAK');

    const answers = await Promise.all([other.get(link.url), tab.get(link.url), other.get(link.url)]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410]);
    expect(answers.find((a) => a.status === 200)!.text).toContain('Boligstøtte');
  });

  test("another user's fetch is refused in Danish, and the link is spent", async () => {
    const link = await issue('?personal=true');
    const before = await exportsLogged();

    const stranger = await tab.get(link.url, colleague());
    expect(stranger.status).toBe(403);
    expect(stranger.text).toContain(messages.otherUser);
    expect(stranger.text).not.toContain(jens.name);
    expect(tab.logs).toContainEqual(
      expect.objectContaining({
        event: 'tab_api.download_refused',
        reason: 'other_user',
        ownerId: 'aad-coordinator',
        requesterId: 'aad-colleague',
      }),
    );

    const owner = await tab.get(link.url, coordinator());
    expect(owner.status).toBe(410);
    expect(owner.text).toContain(messages.used);
    expect(await exportsLogged()).toEqual(before);
  });

  test('the owner may fetch it signed in too (the tab on the web)', async () => {
    const link = await issue('?center=CSO');

    const answer = await tab.get(link.url, coordinator());

    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Hjemmehjælp om morgenen');
  });

  test('ten minutes after it expired a link is forgotten, with its filter', async () => {
    const link = await issue('?citizen=Jens');
    const hash = createHash('sha256').update(link.url.split('/').at(-1)!).digest('hex');
    const rows = () => database.rows(`select token_hash from download_links where token_hash = '${hash}'`);
    expect(await rows()).toHaveLength(1);

    now = new Date(start.getTime() + 60_000 + 10 * 60_000 + 1);
    await issue('');

    expect(await rows()).toHaveLength(0);
    expect((await tab.get(link.url)).status).toBe(404);
  });

  test('after 60 seconds the link has expired: refused in Danish, nothing exported', async () => {
    const link = await issue('?personal=true');
    const before = await exportsLogged();

    now = new Date(start.getTime() + 60_000);
    const late = await tab.get(link.url);

    expect(late.status).toBe(410);
    expect(late.text).toContain(messages.expired);
    expect(await exportsLogged()).toEqual(before);
  });

  test.each([
    ['a made-up link', '/api/tab/downloads/' + 'A'.repeat(43)],
    ['a malformed link', '/api/tab/downloads/..%2F..%2Fetc'],
  ])('%s is refused in Danish', async (_case, url) => {
    const answer = await tab.get(url);

    expect(answer.status).toBe(404);
    expect(answer.text).toContain(messages.unknown);
  });

  test('center staff get no link with personal data: refused in the tab, in Danish', async () => {
    const answer = await tab.post('/api/tab/callbacks.csv/link?personal=true', {}, csoStaff());

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      error: {
        code: 'FORBIDDEN',
        message:
          'Kun koordinatorer kan eksportere personoplysninger. Eksportér listen uden personoplysninger.',
      },
    });
  });

  test('center staff download their own center through a link', async () => {
    const link = await issue('', csoStaff());

    const answer = await tab.get(link.url);

    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Hjemmehjælp om morgenen');
    expect(answer.text).not.toContain('Boligstøtte');
  });

  test('a bad filter is refused when the link is asked for, not later in the browser', async () => {
    const answer = await tab.post('/api/tab/callbacks.csv/link?status=lost', {}, coordinator());

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'PAYLOAD_INVALID' } });
  });

  test('a link is only issued without a token in local mode, never in Entra mode', async () => {
    const answer = await tab.post('/api/tab/callbacks.csv/link', {});

    expect(answer.status).toBe(401);
  });
});

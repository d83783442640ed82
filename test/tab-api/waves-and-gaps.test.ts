import path from 'node:path';
import type { Inquiry } from '../../bot/src/inquiries/inquiry-store';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets } from './support/databases';
import { agent, playAll, record, type Story } from './support/dataset';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * The wave plan with each center's readiness, and the knowledge-gap report, on a small knowledge
 * folder whose review dates sit either side of the 12-month cutoff (today is 4 Nov 2026).
 */
const now = new Date('2026-11-04T10:30:00Z');
const knowledgeDir = path.join(__dirname, 'fixtures', 'knowledge');

const booked = (guideId: string, center: string, times: number): Story[] =>
  Array.from({ length: times }, (_, i) => ({ center, guideId, bookedAt: `2026-10-2${i}T09:00:00Z` }));
const solved = (guideId: string, centerCode: string, times: number): Inquiry[] =>
  Array.from({ length: times }, (_, i) => ({
    at: new Date(`2026-10-1${i}T10:00:00Z`),
    kind: 'solved_on_call',
    userId: agent.id,
    centerCode,
    guideId,
  }));
/** Searches by two agents taking turns, on two days in turn (the gap report's threshold). */
const searched = (query: string, times: number, at = '2026-10-22T10:00:00Z'): Inquiry[] =>
  Array.from({ length: times }, (_, i) => ({
    at: new Date(Date.parse(at) + (i % 2) * 86_400_000),
    kind: 'search',
    userId: `aad-agent-${(i % 2) + 1}`,
    queryNormalized: query,
    hitCount: 0,
  }));

describe.each(databaseTargets())('waves and knowledge gaps on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  const coordinator = () => issuer.mint({ roles: ['Koordinator'] });
  const csoStaff = () => issuer.mint({ roles: ['Fagcenter.CSO'] });

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    tab = await startTabApp({
      database: await target.fresh(),
      now,
      tabAuth: entraConfig(issuer),
      env: { KNOWLEDGE_DIR: knowledgeDir },
    });
    await tab.store.channels.bindChannel({
      centerCode: 'CSO',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: issuer.tenantId,
      teamId: '19:team@thread.tacv2',
      channelId: '19:cso@thread.tacv2',
      channelName: 'CSO tilbagekald',
      boundBy: agent,
      at: new Date('2026-08-20T10:00:00Z'),
    });
    await playAll(tab.store, [
      ...booked('hjemmehjaelp', 'CSO', 1),
      ...booked('plejebolig', 'CSO', 5),
      ...booked('botilbud', 'CSI', 2),
      ...booked('hjaelpemidler', 'CSO', 1),
    ]);
    await record(tab.store, [
      ...solved('hjemmehjaelp', 'CSO', 6),
      ...solved('plejebolig', 'CSO', 1),
      ...solved('botilbud', 'CSI', 2),
      ...searched('hundeskat', 3),
      ...searched('fiskekort', 2),
      ...searched('parkering erhverv', 1),
      // Before the period, and a search that found something: neither is a gap now.
      ...searched('hundeskat', 4, '2026-09-01T10:00:00Z'),
      {
        at: new Date('2026-10-22T11:00:00Z'),
        kind: 'search',
        queryNormalized: 'botilbud',
        hitCount: 2,
        guideId: 'botilbud',
      },
    ]);
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  test('the wave plan shows each center’s handover, status, unit number and readiness', async () => {
    const { status, body } = await tab.get<Record<string, unknown>[]>('/api/tab/waves', coordinator());

    expect(status).toBe(200);
    const row = (code: string) => body.find((w) => w.code === code);
    expect(body.map((w) => w.code)).toEqual([
      'CBAK',
      'CSO',
      'CSI',
      'CUP',
      'CØI',
      'CAE',
      'CTMB',
      'CBB',
      'CPO',
    ]);
    expect(row('CSO')).toEqual({
      code: 'CSO',
      name: 'Center for Sundhed og Omsorg',
      handoverDate: '2026-09-01',
      status: 'live',
      daysUntil: 0,
      unitPhone: '45 97 32 00',
      channelBound: true,
      channelName: 'CSO tilbagekald',
      guides: 3,
      // plejebolig was last reviewed 3 Nov 2025, one day more than a year ago.
      staleGuides: 1,
    });
    expect(row('CSI')).toMatchObject({ channelBound: false, channelName: null, guides: 1, staleGuides: 1 });
    expect(row('CUP')).toMatchObject({
      status: 'live',
      handoverDate: '2026-11-01',
      guides: 1,
      staleGuides: 0,
    });
    expect(body.filter((w) => w.status === 'coming').map((w) => [w.code, w.daysUntil])).toEqual([
      ['CØI', 27],
      ['CAE', 41],
      ['CTMB', 88],
      ['CBB', 88],
      ['CPO', 103],
    ]);
  });

  test('center staff see the wave plan of their own center', async () => {
    const { body } = await tab.get<{ code: string }[]>('/api/tab/waves', csoStaff());

    expect(body.map((w) => w.code)).toEqual(['CSO']);
  });

  test('knowledge gaps: unanswered searches, most used guides, guides ending in callbacks, stale guides', async () => {
    const { status, body } = await tab.get('/api/tab/gaps', coordinator());

    expect(status).toBe(200);
    expect(body).toEqual({
      // 'parkering erhverv' was searched by one agent on one day: not shown (decision 0021).
      unanswered: [
        { query: 'hundeskat', count: 3 },
        { query: 'fiskekort', count: 2 },
      ],
      mostUsed: [
        { guideId: 'hjemmehjaelp', title: 'Hjemmehjælp – ansøgning', count: 7 },
        { guideId: 'plejebolig', title: 'Plejebolig – venteliste', count: 6 },
        { guideId: 'botilbud', title: 'Botilbud', count: 4 },
        { guideId: 'hjaelpemidler', title: 'Hjælpemidler – lån', count: 1 },
      ],
      // At least five uses before a share counts (botilbud: 2 of 4, hjaelpemidler: 1 of 1).
      leadingToCallback: [
        { guideId: 'plejebolig', title: 'Plejebolig – venteliste', callbacks: 5, share: 5 / 6 },
        { guideId: 'hjemmehjaelp', title: 'Hjemmehjælp – ansøgning', callbacks: 1, share: 1 / 7 },
      ],
      stale: [
        { guideId: 'botilbud', title: 'Botilbud', centerCode: 'CSI', updated: null },
        { guideId: 'plejebolig', title: 'Plejebolig – venteliste', centerCode: 'CSO', updated: '2025-11-03' },
      ],
    });
  });

  test('center staff get the gaps of their own center’s guides', async () => {
    const { body } = await tab.get<{ mostUsed: { guideId: string }[]; stale: { guideId: string }[] }>(
      '/api/tab/gaps',
      csoStaff(),
    );

    expect(body.mostUsed.map((g) => g.guideId)).toEqual(['hjemmehjaelp', 'plejebolig', 'hjaelpemidler']);
    expect(body.stale.map((g) => g.guideId)).toEqual(['plejebolig']);
  });

  test('a period before the searches has no unanswered searches from the period after', async () => {
    const { body } = await tab.get<{ unanswered: unknown[] }>(
      '/api/tab/gaps?from=2026-08-01&to=2026-09-30',
      coordinator(),
    );

    expect(body.unanswered).toEqual([{ query: 'hundeskat', count: 4 }]);
  });
});

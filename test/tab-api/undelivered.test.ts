import { deliveryMessages } from '../../bot/src/texts/delivery';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { channelGone, rosterRefusal, seedDeadCard } from './support/dead-letters';
import { databaseTargets } from './support/databases';
import { startTabApp, type TabApp } from './support/tab-app';

const now = new Date('2026-11-04T10:30:00Z');

interface Listed {
  items: { what: string; reference: string; centerCode: string; reason: string; since: string }[];
  truncated: boolean;
}

describe.each(databaseTargets())('undelivered posts in the tab API ($name)', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  const refs: Record<string, string> = {};
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    tab = await startTabApp({ database: await target.fresh(), now, tabAuth: entraConfig(issuer) });
    refs.CSO = await seedDeadCard(tab.store, now, 'CSO', rosterRefusal);
    refs.CSI = await seedDeadCard(tab.store, now, 'CSI', channelGone);
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  test('a coordinator sees every center’s, with what and why in Danish', async () => {
    const { status, body } = await tab.get<Listed>(
      '/api/tab/undelivered',
      issuer.mint({ roles: ['Koordinator'] }),
    );

    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(body.items.map((i) => [i.reference, i.centerCode, i.what, i.reason]).sort()).toEqual(
      [
        [refs.CSI, 'CSI', 'Kort i centerets kanal', deliveryMessages.reason.channel_gone],
        [refs.CSO, 'CSO', 'Kort i centerets kanal', deliveryMessages.reason.removed],
      ].sort(),
    );
  });

  test('center staff see only their own center’s', async () => {
    const { body } = await tab.get<Listed>('/api/tab/undelivered', issuer.mint({ roles: ['Fagcenter.CSO'] }));

    expect(body.items.map((i) => i.reference)).toEqual([refs.CSO]);
  });

  test('without a valid token nothing is listed', async () => {
    expect((await tab.get('/api/tab/undelivered')).status).toBe(401);
  });
});

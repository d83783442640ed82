import { myCallbackItem, myCallbacksCard, myCallbacksLimit } from '../../bot/src/cards/callback-list-card';
import { leftoverExpressions } from '../../bot/src/cards/render-card';
import template from '../../bot/src/cards/templates/callback-list.json';
import type { Center } from '../../bot/src/centers/center';
import { aCallback, inStatus } from '../callbacks/callback-fixture';
import { readable } from './readable';

const centers: Center[] = [
  {
    code: 'CSO',
    name: 'Center for Sundhed og Omsorg',
    handoverDate: '2026-09-01',
    unitPhone: '45 97 32 00',
    deadlineWorkingDays: 2,
  },
];

describe('the agent’s own callbacks', () => {
  test('each shows reference, topic, center, status and deadline, without the citizen’s data', () => {
    const card = myCallbacksCard([
      myCallbackItem(inStatus.claimed(), centers),
      myCallbackItem(inStatus.closed(), centers),
    ]);
    const json = readable(card);
    expect(leftoverExpressions(template, card)).toEqual([]);
    expect(json).toContain('TB-1042 · Hjemmehjælp, rengøring');
    expect(json).toContain(
      'Center for Sundhed og Omsorg (CSO) · Taget · frist onsdag 16. september kl. 16.00',
    );
    expect(json).toContain('· Lukket ·');
    expect(json).not.toContain('Birthe Borger');
    expect(json).not.toContain('22334455');
  });

  test('a center no longer configured is shown by its code', () => {
    expect(myCallbackItem(aCallback({ centerCode: 'CØI' }), centers).center).toBe('CØI');
  });

  test('an agent with none is told how to book one', () => {
    const card = myCallbacksCard([]);
    expect(leftoverExpressions(template, card)).toEqual([]);
    expect(readable(card)).toContain('Du har ikke booket nogen tilbagekald endnu.');
  });

  test('a long list shows the newest and says how many there are in all', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      myCallbackItem(aCallback({ reference: `TB-${1000 + i}`, topic: 'x'.repeat(120) }), centers),
    );
    const json = readable(myCallbacksCard(items));
    expect(json).toContain(`TB-${1000 + myCallbacksLimit - 1} `);
    expect(json).not.toContain(`TB-${1000 + myCallbacksLimit} `);
    expect(json).toContain(`Viser de ${myCallbacksLimit} nyeste af 40.`);
    expect(Buffer.byteLength(json)).toBeLessThan(28 * 1024);
  });
});

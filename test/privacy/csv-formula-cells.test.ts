import { toCsv } from '../../bot/src/http/tab-api/csv';
import { databaseTargets } from '../tab-api/support/databases';
import { play } from '../tab-api/support/dataset';
import { startTabApp, type TabApp } from '../tab-api/support/tab-app';

/**
 * Promise: a CSV export never hands the coordinator's spreadsheet a formula. A cell starting
 * with =, +, -, @ (or tab / carriage return) gets a leading apostrophe, and so does one starting
 * with the full-width or small forms ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which spreadsheets may read the same way.
 */
const cellOf = (value: string) => toCsv(['h'], [[value]]).split('\r\n')[1];

describe('CSV cells that a spreadsheet would run as a formula stay text', () => {
  test.each([
    ['=', '=1+1'],
    ['+', '+45 22 33 44 55'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1'],
    ['full-width =', '＝HYPERLINK("http://x")'],
    ['full-width +', "＋cmd|' /C calc'!A0"],
    ['full-width -', '－2＋3'],
    ['full-width @', '＠SUM(A1)'],
    ['small =', '﹦1+1'],
    ['small +', '﹢1'],
    ['small -', '﹣1'],
    ['small @', '﹫SUM(A1)'],
  ])('%s', (_name, value) => {
    expect(cellOf(value)?.replace(/^"/, '')).toMatch(/^'/);
  });

  test.each(['Hjemmehjælp', '2026-11-04 09:00', '45 = 45', 'TB-1042'])(
    'ordinary text stays as it is: %j',
    (value) => {
      expect(cellOf(value)).toBe(value);
    },
  );
});

describe.each(databaseTargets())('the coordinator’s CSV export on $name', (target) => {
  let tab: TabApp;
  beforeAll(async () => {
    tab = await startTabApp({ database: await target.fresh(), now: new Date('2026-11-04T10:30:00Z') });
    await play(tab.store, {
      center: 'CSO',
      topic: '＝HYPERLINK("http://phish.example")',
      citizen: { name: '＠Navn', phone: '22334455', description: '＋cmd' },
      bookedAt: '2026-11-03T09:00:00Z',
    });
  });
  afterAll(async () => {
    await tab?.stop();
    await target.cleanup();
  });

  test('neutralises full-width formula characters in topic and citizen data', async () => {
    const { status, text } = await tab.get('/api/tab/callbacks.csv?center=CSO&personal=true');

    expect(status).toBe(200);
    expect(text).toContain(`;"'＝HYPERLINK(""http://phish.example"")";`);
    expect(text).toContain(";'＠Navn;22334455;'＋cmd");
  });
});

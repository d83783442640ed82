import { loadSettings } from '../../bot/src/config/load-settings';
import { unknownSettings } from '../../bot/src/config/unknown-settings';

const known = [
  'NODE_ENV',
  'OUTBOX_TEAMS_TIMEOUT_MS',
  'DATABASE_URL',
  'RETENTION_DAYS',
  'PORT',
  'HOST',
  'TAB_CLIENT_ID',
];

describe('a set variable that looks like a setting but is read by nothing', () => {
  test.each([
    ['TEAMS_TIMEOUT_MS', 'OUTBOX_TEAMS_TIMEOUT_MS', 'the end of the name'],
    ['OUTBOX_TEAMS_TIMEOUT', 'OUTBOX_TEAMS_TIMEOUT_MS', 'the start of the name'],
    ['DATABSE_URL', 'DATABASE_URL', 'two letters swapped'],
    ['RETENTION_DAY', 'RETENTION_DAYS', 'a letter missing'],
    ['TAB_CLIENTID', 'TAB_CLIENT_ID', 'an underscore missing'],
  ])('%s is named, with %s (%s)', (setting, meant) => {
    expect(unknownSettings({ [setting]: '1' }, known)).toEqual([{ setting, meant: [meant] }]);
  });

  test.each([
    'PATH',
    'HOME',
    'NODE',
    'PGHOST',
    'PGPORT',
    'HOSTNAME',
    'NODE_OPTIONS',
    'npm_config_cache',
    'CI',
  ])('%s is not ours and is left alone', (name) => {
    expect(unknownSettings({ [name]: 'x' }, known)).toEqual([]);
  });

  test('a setting that is read, or a variable that is not set, is not named', () => {
    expect(unknownSettings({ DATABASE_URL: 'postgres://x', DATABSE_URL: undefined }, known)).toEqual([]);
  });

  test('a start reports them beside a valid configuration, against every setting there is', () => {
    const { unknown } = loadSettings({
      TEAMS_TIMEOUT_MS: '40000',
      TAB_CLIENTID: 'x',
      NODE_EN: 'test',
      NODE: '/x',
    });
    expect(unknown).toEqual([
      { setting: 'TEAMS_TIMEOUT_MS', meant: ['TURN_TEAMS_TIMEOUT_MS', 'OUTBOX_TEAMS_TIMEOUT_MS'] },
      { setting: 'TAB_CLIENTID', meant: ['TAB_CLIENT_ID'] },
      // NODE_ENV is read by both the server and the tab's sign-in: named once.
      { setting: 'NODE_EN', meant: ['NODE_ENV'] },
    ]);
  });
});

import { fillTemplate } from '../../manifest/fill-template';
import { readSettings, teamsAppIdFor } from '../../manifest/settings';

const appId = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const options = { dev: false, packageVersion: '0.3.0' };

describe('package settings', () => {
  test('the bot id and host are enough; the rest has sensible defaults', () => {
    const result = readSettings(
      { MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk' },
      options,
    );
    expect(result).toEqual({
      ok: true,
      filledForDev: [],
      settings: {
        MICROSOFT_APP_ID: appId,
        TAB_CLIENT_ID: appId,
        PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk',
        APP_VERSION: '0.3.0',
        TEAMS_APP_ID: teamsAppIdFor(appId),
        CHANNEL_MESSAGE_READ_GRANTED: 'false',
      },
    });
  });

  test('the host name is lower-cased: Teams SSO on Android needs a lower-case Application ID URI', () => {
    const result = readSettings(
      { MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: 'KontaktCenter.LTK.dk' },
      options,
    );
    expect(result.ok && result.settings.PUBLIC_HOSTNAME).toBe('kontaktcenter.ltk.dk');
  });

  test('the Teams app id stays the same for the same bot, so an upload updates the app', () => {
    expect(teamsAppIdFor(appId)).toBe(teamsAppIdFor(appId.toUpperCase()));
    expect(teamsAppIdFor(appId)).not.toBe(teamsAppIdFor('2b4e28ba-2fa1-11d2-883f-0016d3cca427'));
    expect(teamsAppIdFor(appId)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test.each([
    [{ PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk' }, 'Mangler indstillingen MICROSOFT_APP_ID.'],
    [{ MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: '  ' }, 'Mangler indstillingen PUBLIC_HOSTNAME.'],
    [{}, 'Mangler indstillingerne MICROSOFT_APP_ID, PUBLIC_HOSTNAME.'],
    [
      { MICROSOFT_APP_ID: 'kontaktcenter-bot', PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk' },
      'MICROSOFT_APP_ID skal være et GUID',
    ],
    [
      { MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: 'https://kontaktcenter.ltk.dk/tab' },
      'PUBLIC_HOSTNAME skal være et værtsnavn uden https:// og uden sti',
    ],
    [
      { MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk', APP_VERSION: '1.2' },
      'APP_VERSION skal være x.y.z',
    ],
  ])('%j is refused, naming the setting', (env, problem) => {
    const result = readSettings(env, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toContain(problem);
  });

  test('--dev fills only the missing settings, and says which', () => {
    const result = readSettings({ PUBLIC_HOSTNAME: 'kc.example.org' }, { ...options, dev: true });
    expect(result).toMatchObject({
      ok: true,
      filledForDev: ['MICROSOFT_APP_ID'],
      settings: { PUBLIC_HOSTNAME: 'kc.example.org' },
    });
  });
});

describe('filling the manifest template', () => {
  test('fills placeholders in values only, whatever characters the value has', () => {
    const { json, unknown } = fillTemplate(
      { url: 'https://${{HOST}}/tab', list: ['${{HOST}}', 3, null], nested: { id: '${{ ID }}' } },
      { HOST: 'a"b', ID: 'x' },
    );
    expect(unknown).toEqual([]);
    expect(json).toEqual({ url: 'https://a"b/tab', list: ['a"b', 3, null], nested: { id: 'x' } });
  });

  test('names each placeholder that has no value', () => {
    expect(fillTemplate({ a: '${{NOPE}} ${{NOPE}}', b: '${{ALSO}}' }, {}).unknown).toEqual(['NOPE', 'ALSO']);
  });
});

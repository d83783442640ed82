import { redactedUrlAttributes, redactUrl } from '../../bot/src/telemetry/redact-urls';

/** What leaves for Application Insights carries no query string and no download token (decision 0050). */
describe('URLs in telemetry', () => {
  test.each([
    ['/api/tab/citizen-data?phone=22334455', '/api/tab/citizen-data'],
    ['https://kc.ltk.dk/api/tab/access-log?phone=2233%204455#x', 'https://kc.ltk.dk/api/tab/access-log'],
    ['/api/tab/downloads/Zm9vYmFyYmF6', '/api/tab/downloads/:token'],
    ['/api/tab/downloads/Zm9vYmFy?x=1', '/api/tab/downloads/:token'],
    ['/api/messages', '/api/messages'],
    [
      'https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc/activities',
      'https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc/activities',
    ],
  ])('%s is exported as %s', (url, exported) => {
    expect(redactUrl(url)).toBe(exported);
  });

  test('only URL attributes that change are overwritten; the query attribute is emptied', () => {
    expect(
      redactedUrlAttributes({
        'http.target': '/api/tab/citizen-data?phone=22334455',
        'url.query': 'phone=22334455',
        'http.url': 'http://127.0.0.1/api/messages',
        'http.method': 'GET',
      }),
    ).toEqual({ 'http.target': '/api/tab/citizen-data', 'url.query': '' });
  });
});

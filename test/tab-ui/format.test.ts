import { callbackQuery } from '../../tab/src/api/callback-query';
import { ApiError, createApiClient, queryString } from '../../tab/src/api/api-client';
import { emptyCallbackFilters } from '../../tab/src/api/contract';
import { formatDateTime, formatLocalDate, formatMinutes, formatPercent } from '../../tab/src/format';
import { formatDetails } from '../../tab/src/format-details';

/** What a Danish coordinator reads: numbers, durations and dates as they write them. */
const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('Danish formats in the tab', () => {
  test.each([
    [null, '–'],
    [0, '0 min'],
    [52.5, '53 min'],
    [60, '1 t'],
    [194, '3 t 14 min'],
    [1500, '25 t'],
  ])('%p working minutes read "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  test.each([
    [null, '–'],
    [0, '0 %'],
    [8 / 15, '53 %'],
    [1, '100 %'],
  ])('a rate of %p reads "%s"', (rate, text) => {
    expect(spaces(formatPercent(rate))).toBe(text);
  });

  test('times are Copenhagen wall-clock times, also when summer time ends', () => {
    expect(formatDateTime('2026-11-25T08:00:00Z')).toBe('25.11.2026, 09.00');
    expect(formatDateTime('2026-07-01T08:00:00Z')).toBe('1.7.2026, 10.00');
  });

  test('a handover date reads as a Danish date, whatever the time zone', () => {
    expect(formatLocalDate('2026-12-01')).toBe('1. december 2026');
    expect(formatLocalDate(null)).toBe('–');
  });

  test.each([
    [{ outcome: 'resolved', attempts: 1 }, 'Udfald: Løst, Opkaldsforsøg: 1'],
    [{ note: 'no_answer', attempts: 2 }, 'Bemærkning: Intet svar, Opkaldsforsøg: 2'],
    [{ what: 'tab_detail', reference: 'TB-1004' }, 'Hvad: set i koordinatorfanen, Reference: TB-1004'],
    [{ personal: true }, 'Med personoplysninger: ja'],
    [{ something: 'new', empty: null }, 'something: new'],
    [null, ''],
  ])('history details %j read "%s"', (details, text) => {
    expect(formatDetails(details)).toBe(text);
  });
});

describe('requests to the tab API', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  test('filters left empty are not sent; a chosen day range covers both days', () => {
    const query = callbackQuery({
      ...emptyCallbackFilters,
      fromDate: '2026-11-23',
      toDate: '2026-11-24',
      q: ' tb-1 ',
    });
    expect(queryString(query)).toBe(
      '?from=2026-11-22T23%3A00%3A00.000Z&to=2026-11-24T23%3A00%3A00.000Z&q=tb-1',
    );
    expect(queryString(callbackQuery(emptyCallbackFilters))).toBe('');
    expect(queryString(callbackQuery({ ...emptyCallbackFilters, overdue: true, status: 'open' }))).toBe(
      '?status=open&overdue=true',
    );
  });

  const answering = (status: number, body: string) =>
    jest.fn(async (_url: string, _init?: RequestInit) => new Response(body, { status }));

  test.each([
    [
      'the contract',
      403,
      '{"error":{"code":"FORBIDDEN","message":"Du har ikke adgang."}}',
      'FORBIDDEN',
      'Du har ikke adgang.',
    ],
    [
      'the auth gate',
      401,
      '{"code":"NOT_AUTHENTICATED","message":"Du er ikke logget ind."}',
      'NOT_AUTHENTICATED',
      'Du er ikke logget ind.',
    ],
    [
      'a proxy page',
      502,
      '<html>Bad gateway</html>',
      'HTTP_502',
      'Serveren svarede uventet (fejl 502). Prøv igen om lidt.',
    ],
  ])(
    'an error in the shape of %s is shown with its Danish message',
    async (_shape, status, body, code, message) => {
      global.fetch = answering(status, body) as unknown as typeof fetch;
      const error = await createApiClient(async () => null)
        .get('/api/tab/me')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status, code, message });
    },
  );

  test('the Teams token goes along as Bearer; without one (local mode) no header is sent', async () => {
    const fetchMock = answering(200, '{}');
    global.fetch = fetchMock as unknown as typeof fetch;
    await createApiClient(async () => 'token-1').get('/api/tab/me');
    await createApiClient(async () => null).get('/api/tab/me');
    expect(fetchMock.mock.calls.map((c) => c[1]?.headers)).toEqual([{ Authorization: 'Bearer token-1' }, {}]);
  });

  test('when Teams cannot give a token the user is asked to reload, and nothing is sent', async () => {
    const fetchMock = answering(200, '{}');
    global.fetch = fetchMock as unknown as typeof fetch;
    const error = await createApiClient(async () => {
      throw new Error('resourceDisabled');
    })
      .get('/api/tab/me')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LOGIN_FAILED' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

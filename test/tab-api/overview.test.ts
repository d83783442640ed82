import type { Callback } from '../../bot/src/callbacks/callback';
import { addLocalDays, copenhagenDate, fromCopenhagen } from '../../bot/src/centers/copenhagen-time';
import type { Inquiry } from '../../bot/src/inquiries/inquiry-store';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { databaseTargets } from './support/databases';
import { centers, play, playAll, playOn, record, staff } from './support/dataset';
import { expectedStats, expectedTrend, expectStatsMatch } from './support/expected';
import { inquiries, now, period, stories } from './support/overview-data';
import { startTabApp, type TabApp } from './support/tab-app';

interface OverviewBody {
  period: { from: string; to: string };
  totals: Record<string, unknown>;
  centers: ({ code: string; name: string } & Record<string, unknown>)[];
  trend: { start: string; booked: number; closed: number; solvedOnCall: number }[];
  guides: {
    guideId: string;
    title: string;
    centerCode: string;
    solvedOnCall: number;
    callbacks: number;
    solvedRate: number | null;
  }[];
}

const range = `from=${period.from.toISOString()}&to=${period.to.toISOString()}`;

describe.each(databaseTargets())('the overview on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: TabApp;
  let stored: Callback[];
  /** The inquiries recorded so far (tests below add to them). */
  let recorded: Inquiry[] = inquiries;
  const coordinator = () => issuer.mint({ roles: ['Koordinator'], name: 'Karin Koordinator' });
  const csoStaff = () => issuer.mint({ roles: ['Fagcenter.CSO'], name: 'Søren CSO' });
  const overview = async (query: string, token = coordinator()) =>
    tab.get<OverviewBody>(`/api/tab/overview?${query}`, token);

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    tab = await startTabApp({ database: await target.fresh(), now, tabAuth: entraConfig(issuer) });
    stored = await playAll(tab.store, stories);
    await record(tab.store, inquiries);
  });
  afterAll(async () => {
    await tab?.stop();
    await issuer?.close();
    await target.cleanup();
  });

  test('a coordinator gets every center and the totals, as computed from the stored callbacks', async () => {
    const { status, body } = await overview(range);

    expect(status).toBe(200);
    expect(body.period).toEqual({ from: period.from.toISOString(), to: period.to.toISOString() });
    expect(body.centers.map((c) => c.code)).toEqual(centers.map((c) => c.code));
    const all = centers.map((c) => c.code);
    expectStatsMatch(body.totals, expectedStats(stored, inquiries, all, period, now));
    for (const center of body.centers) {
      expectStatsMatch(center, expectedStats(stored, inquiries, [center.code], period, now));
    }
    // The data is not trivial: every kind of number is there to be got wrong.
    expect(body.totals).toMatchObject({ open: expect.any(Number), overdue: expect.any(Number) });
    expect(Number(body.totals.overdue)).toBeGreaterThan(0);
    expect(Number(body.totals.closed)).toBeGreaterThan(10);
  });

  test('the trend has one point per Copenhagen day, also across the change to winter time', async () => {
    const { body } = await overview(`${range}&bucket=day`);

    const expected = expectedTrend(
      stored,
      inquiries,
      centers.map((c) => c.code),
      period,
    );
    expect(body.trend).toEqual(expected);
    const day = (date: string) => body.trend.find((p) => copenhagenDate(new Date(p.start)) === date);
    // Booked 00:30 local on 21 Oct (22:30 UTC on the 20th) counts on the 21st.
    expect(day('2026-10-21')!.booked).toBeGreaterThanOrEqual(1);
    expect(body.trend).toHaveLength(17);
  });

  test('by week, each Monday-first week sums its days', async () => {
    const [days, weeks] = await Promise.all([
      overview(`${range}&bucket=day`),
      overview(`${range}&bucket=week`),
    ]);

    const mondays = weeks.body.trend.map((w) => copenhagenDate(new Date(w.start)));
    expect(mondays).toEqual(['2026-10-19', '2026-10-26', '2026-11-02']);
    for (const week of weeks.body.trend) {
      const monday = copenhagenDate(new Date(week.start));
      const inWeek = days.body.trend.filter((d) => {
        const date = copenhagenDate(new Date(d.start));
        return date >= monday && date < addLocalDays(monday, 7);
      });
      expect(week).toMatchObject({
        booked: inWeek.reduce((s, d) => s + d.booked, 0),
        closed: inWeek.reduce((s, d) => s + d.closed, 0),
        solvedOnCall: inWeek.reduce((s, d) => s + d.solvedOnCall, 0),
      });
    }
  });

  test('per guide: inquiries solved on the call versus callbacks booked from it', async () => {
    const { body } = await overview(range);

    const within = (at: Date) => at >= period.from && at < period.to;
    const ids = [...new Set([...stored.map((c) => c.guideId), ...inquiries.map((i) => i.guideId)])].filter(
      (id): id is string => typeof id === 'string',
    );
    const expected = ids
      .map((guideId) => {
        const callbacks = stored.filter(
          (c) => c.guideId === guideId && c.movedFrom === null && within(c.bookedAt),
        ).length;
        const solvedOnCall = inquiries.filter(
          (i) => i.kind === 'solved_on_call' && i.guideId === guideId && within(i.at),
        ).length;
        return { guideId, callbacks, solvedOnCall, solvedRate: solvedOnCall / (solvedOnCall + callbacks) };
      })
      .filter((g) => g.callbacks + g.solvedOnCall > 0);
    expect(
      body.guides
        .map(({ guideId, callbacks, solvedOnCall, solvedRate }) => ({
          guideId,
          callbacks,
          solvedOnCall,
          solvedRate,
        }))
        .sort((a, b) => a.guideId.localeCompare(b.guideId)),
    ).toEqual(expected.sort((a, b) => a.guideId.localeCompare(b.guideId)));
    expect(body.guides.find((g) => g.guideId === 'botilbud')).toMatchObject({
      // The guide's own title from the knowledge folder, not its id.
      title: expect.stringMatching(/^Botilbud /),
      centerCode: 'CSI',
    });
  });

  test('center staff see their own center only, and are refused another center in Danish', async () => {
    const own = await overview(range, csoStaff());
    const other = await overview(`${range}&center=CSI`, csoStaff());

    expect(own.body.centers.map((c) => c.code)).toEqual(['CSO']);
    expectStatsMatch(own.body.totals, expectedStats(stored, inquiries, ['CSO'], period, now));
    expect(other.status).toBe(403);
    expect(other.body).toEqual({
      error: { code: 'FORBIDDEN', message: 'Du har kun adgang til dine egne centre.' },
    });
  });

  test('a coordinator can narrow the overview to one center', async () => {
    const { body } = await overview(`${range}&center=csi`);

    expect(body.centers.map((c) => c.code)).toEqual(['CSI']);
    expectStatsMatch(body.totals, expectedStats(stored, inquiries, ['CSI'], period, now));
  });

  test('after a release and a new claim, the time to claim is measured again from the new claim', async () => {
    const [booked] = await play(tab.store, {
      center: 'CSO',
      bookedAt: '2026-10-30T08:00:00Z',
      steps: [{ at: '2026-10-30T08:05:00Z', do: 'claim' }],
    });
    const first = await overview(`${range}&center=CSO`);
    expectStatsMatch(first.body.totals, expectedStats([...stored, booked!], inquiries, ['CSO'], period, now));

    const [reclaimed] = await playOn(tab.store, booked!, [
      { at: '2026-10-30T08:10:00Z', do: 'release' },
      { at: '2026-11-02T09:00:00Z', do: 'claim', by: staff('CSO', 3) },
    ]);
    const second = await overview(`${range}&center=CSO`);

    const expected = expectedStats([...stored, reclaimed!], inquiries, ['CSO'], period, now);
    expectStatsMatch(second.body.totals, expected);
    expect(second.body.totals.medianClaimMinutes).not.toEqual(first.body.totals.medianClaimMinutes);
    stored.push(reclaimed!);
  });

  test('inquiries and bookings written for days already counted are in the next overview', async () => {
    const before = await overview(`${range}&bucket=day`);
    const late: Inquiry[] = [
      {
        at: new Date('2026-10-22T09:00:00Z'),
        kind: 'solved_on_call',
        centerCode: 'CSI',
        guideId: 'botilbud',
      },
    ];
    await record(tab.store, late);
    recorded = [...recorded, ...late];
    const [booked] = await play(tab.store, {
      center: 'CSI',
      bookedAt: '2026-10-22T10:00:00Z',
      guideId: 'botilbud',
    });
    stored.push(booked!);

    const after = await overview(`${range}&bucket=day`);

    const all = centers.map((c) => c.code);
    expectStatsMatch(after.body.totals, expectedStats(stored, recorded, all, period, now));
    expect(after.body.trend).toEqual(expectedTrend(stored, recorded, all, period));
    const on22 = (body: OverviewBody) =>
      body.trend.find((p) => copenhagenDate(new Date(p.start)) === '2026-10-22')!;
    expect(on22(after.body)).toMatchObject({
      booked: on22(before.body).booked + 1,
      solvedOnCall: on22(before.body).solvedOnCall + 1,
    });
    const botilbud = (body: OverviewBody) => body.guides.find((g) => g.guideId === 'botilbud')!;
    expect(botilbud(after.body)).toMatchObject({
      callbacks: botilbud(before.body).callbacks + 1,
      solvedOnCall: botilbud(before.body).solvedOnCall + 1,
    });
  });

  test('a callback reopened after it was counted leaves the closed count and the time to close', async () => {
    const closed = stored.find(
      (c) =>
        c.centerCode === 'CSO' && c.status === 'closed' && c.closedAt! >= period.from && c.closedAt! < now,
    )!;
    const before = await overview(`${range}&center=CSO`);

    const [reopened] = await playOn(tab.store, closed, [{ at: '2026-11-04T10:00:00Z', do: 'reopen' }]);
    stored = stored.map((c) => (c.id === reopened!.id ? reopened! : c));
    const after = await overview(`${range}&center=CSO`);

    expectStatsMatch(after.body.totals, expectedStats(stored, recorded, ['CSO'], period, now));
    expect(after.body.totals).toMatchObject({
      closed: Number(before.body.totals.closed) - 1,
      open: Number(before.body.totals.open) + 1,
    });
  });

  test('a period that starts and ends mid-day counts exactly what happened inside it', async () => {
    const odd = { from: fromCopenhagen('2026-10-20', '10:30'), to: fromCopenhagen('2026-10-30', '14:00') };

    const { body } = await overview(`from=${odd.from.toISOString()}&to=${odd.to.toISOString()}&bucket=day`);

    const all = centers.map((c) => c.code);
    expectStatsMatch(body.totals, expectedStats(stored, recorded, all, odd, now));
    for (const center of body.centers) {
      expectStatsMatch(center, expectedStats(stored, recorded, [center.code], odd, now));
    }
    expect(body.trend).toEqual(expectedTrend(stored, recorded, all, odd));
    expect(Number(body.totals.booked)).toBeGreaterThan(0);
  });

  test.each([
    ['from=yesterday', 'from'],
    [`from=${period.to.toISOString()}&to=${period.from.toISOString()}`, 'from'],
    ['bucket=month', 'bucket'],
    ['center=C%3BDROP', 'center'],
  ])('a bad parameter (%s) is refused with a Danish message naming it', async (query, name) => {
    const { status, body } = await overview(query);

    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: 'PAYLOAD_INVALID', message: expect.stringContaining(`Ugyldig værdi for »${name}«`) },
    });
  });
});

import { useMemo, useState } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Overview } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatTime } from '../format';
import { defaultBucket, periodOf, type PeriodChoice } from '../period';
import { texts } from '../texts';
import { CenterSelect } from './center-select';
import { CenterStatsTable } from './center-stats-table';
import { ErrorMessage } from './error-message';
import { GuideRatesTable } from './guide-rates-table';
import { PeriodPicker } from './period-picker';
import { ReferralsTable } from './referrals-table';
import { SolvedRateChart } from './solved-rate-chart';
import { StatTiles } from './stat-tiles';
import { TrendChart } from './trend-chart';
import { UndeliveredNotice } from './undelivered-notice';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

type Bucket = 'day' | 'week';

/**
 * Figures per center and in total for a period, the trend, solved-on-the-call per guide, and the
 * calls referred to other authorities.
 * Opens on the last 30 days, the period the server and the knowledge-gap page default to.
 */
export function OverviewPage() {
  const { api, now } = useAppContext();
  const layout = useLayoutStyles();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last30' });
  // null: days or weeks by the period's length, until the user picks one.
  const [bucket, setBucket] = useState<Bucket | null>(null);
  const [center, setCenter] = useState('');
  const period = useMemo(() => periodOf(choice, now()), [choice, now]);
  const effectiveBucket: Bucket = bucket ?? (period ? defaultBucket(period) : 'day');

  const overview = useApiData<Overview>(
    period &&
      (() =>
        api.get<Overview>('/api/tab/overview', {
          from: period.from.toISOString(),
          to: period.to.toISOString(),
          bucket: effectiveBucket,
          center,
        })),
    [period?.from.getTime(), period?.to.getTime(), effectiveBucket, center],
  );
  const data = overview.data;
  useReadyWhen(data !== null || overview.error !== null);

  return (
    <section className={layout.page} aria-label={texts.overview.heading} aria-busy={overview.loading}>
      <UndeliveredNotice />
      <div className={layout.toolbar}>
        <PeriodPicker value={choice} onChange={setChoice} />
        <Field label={texts.period.bucket} className={layout.field}>
          <Select value={effectiveBucket} onChange={(_e, d) => setBucket(d.value as Bucket)}>
            <option value="day">{texts.period.day}</option>
            <option value="week">{texts.period.weekBucket}</option>
          </Select>
        </Field>
        <CenterSelect value={center} onChange={setCenter} />
      </div>
      {overview.error && <ErrorMessage error={overview.error} onRetry={overview.reload} />}
      {data && (
        <>
          <p className={layout.muted}>
            {texts.updatedAt(formatTime(data.generatedAt))} · {texts.stats.workingHoursNote}
          </p>
          <StatTiles stats={data.totals} label={texts.overview.totals} />
          <div className={layout.charts}>
            <div className={layout.section}>
              <h2 className={layout.heading}>{texts.overview.trend}</h2>
              <TrendChart trend={data.trend} />
            </div>
            <div className={layout.section}>
              <h2 className={layout.heading}>{texts.overview.solvedRateChart}</h2>
              <SolvedRateChart centers={data.centers} />
            </div>
          </div>
          <div className={layout.section}>
            <h2 className={layout.heading}>{texts.overview.perCenter}</h2>
            <CenterStatsTable centers={data.centers} totals={data.totals} />
          </div>
          <div className={layout.section}>
            <h2 className={layout.heading}>{texts.overview.perGuide}</h2>
            <GuideRatesTable guides={data.guides} />
          </div>
          {data.referrals && (
            <div className={layout.section}>
              <h2 className={layout.heading}>{texts.overview.referrals}</h2>
              <ReferralsTable referrals={data.referrals} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

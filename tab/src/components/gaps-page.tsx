import { useMemo, useState } from 'react';
import type { Gaps } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatCount, formatLocalDate, formatPercent } from '../format';
import { periodOf, type PeriodChoice } from '../period';
import { gapRules } from '../gap-rules';
import { texts } from '../texts';
import { DataTable } from './data-table';
import { ErrorMessage } from './error-message';
import { KeywordSuggestions } from './keyword-suggestions';
import { MostUsedChart } from './most-used-chart';
import { PeriodPicker } from './period-picker';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

/**
 * What the guides do not answer: empty searches, guides ending in callbacks, stale guides, and
 * the keywords the agents' searches suggest.
 */
export function GapsPage() {
  const { api, now } = useAppContext();
  const layout = useLayoutStyles();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last30' });
  const period = useMemo(() => periodOf(choice, now()), [choice, now]);
  const gaps = useApiData<Gaps>(
    period &&
      (() =>
        api.get<Gaps>('/api/tab/gaps', { from: period.from.toISOString(), to: period.to.toISOString() })),
    [period?.from.getTime(), period?.to.getTime()],
  );
  useReadyWhen(gaps.data !== null || gaps.error !== null);
  const data = gaps.data;
  return (
    <section className={layout.page} aria-label={texts.gaps.heading} aria-busy={gaps.loading}>
      <div className={layout.toolbar}>
        <PeriodPicker value={choice} onChange={setChoice} />
      </div>
      {gaps.error && <ErrorMessage error={gaps.error} onRetry={gaps.reload} />}
      {data && (
        <div className={layout.charts}>
          <div className={layout.section}>
            <h2 className={layout.heading}>{texts.gaps.unanswered}</h2>
            <p className={layout.muted}>{texts.gaps.unansweredRule(gapRules.minAgents, gapRules.minDays)}</p>
            <DataTable
              label={texts.gaps.unanswered}
              rows={data.unanswered}
              rowKey={(u) => u.query}
              empty={texts.gaps.noUnanswered(gapRules.minAgents, gapRules.minDays)}
              columns={[
                { header: texts.gaps.query, cell: (u) => u.query },
                { header: texts.gaps.count, numeric: true, cell: (u) => formatCount(u.count) },
              ]}
            />
          </div>
          <div className={layout.section}>
            <h2 className={layout.heading}>{texts.gaps.mostUsed}</h2>
            {data.mostUsed.length > 0 && <MostUsedChart guides={data.mostUsed} />}
            <DataTable
              label={texts.gaps.mostUsed}
              rows={data.mostUsed}
              rowKey={(g) => g.guideId}
              empty={texts.gaps.noMostUsed}
              columns={[
                { header: texts.gaps.guide, cell: (g) => g.title },
                { header: texts.gaps.uses, numeric: true, cell: (g) => formatCount(g.count) },
              ]}
            />
          </div>
          <div className={layout.section}>
            <h2 className={layout.heading}>{texts.gaps.leadingToCallback}</h2>
            <p className={layout.muted}>{texts.gaps.leadingRule(gapRules.minUsesForShare)}</p>
            <DataTable
              label={texts.gaps.leadingToCallback}
              rows={data.leadingToCallback}
              rowKey={(g) => g.guideId}
              empty={texts.gaps.noLeading(gapRules.minUsesForShare)}
              columns={[
                { header: texts.gaps.guide, cell: (g) => g.title },
                { header: texts.gaps.callbacks, numeric: true, cell: (g) => formatCount(g.callbacks) },
                { header: texts.gaps.share, numeric: true, cell: (g) => formatPercent(g.share) },
              ]}
            />
          </div>
          {/* Across the whole width: titles and dates are long, and the list can be too. */}
          <div className={`${layout.section} ${layout.wide}`}>
            <h2 className={layout.heading}>{texts.gaps.stale}</h2>
            <p className={layout.muted}>{texts.gaps.staleIntro}</p>
            <DataTable
              label={texts.gaps.stale}
              rows={data.stale}
              rowKey={(g) => g.guideId}
              empty={texts.gaps.noStale}
              columns={[
                { header: texts.gaps.guide, cell: (g) => g.title },
                { header: texts.gaps.center, cell: (g) => g.centerCode },
                {
                  header: texts.gaps.updated,
                  cell: (g) => (
                    <span className={layout.nowrap}>
                      {g.updated ? formatLocalDate(g.updated) : texts.gaps.missingDate}
                    </span>
                  ),
                },
              ]}
            />
          </div>
          <KeywordSuggestions />
        </div>
      )}
    </section>
  );
}

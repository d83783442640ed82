import { useMemo } from 'react';
import type { TrendPoint } from '../api/contract';
import { ChartCanvas, type ChartConfiguration } from '../charts/chart-canvas';
import { baseOptions, chartColors } from '../charts/chart-colors';
import { useAppContext } from '../app-context';
import { formatBucketStart, formatCount } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';
import { useLayoutStyles } from './styles';

/** New callbacks, closed callbacks and calls solved on the spot, per day or week. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { theme } = useAppContext();
  const layout = useLayoutStyles();
  const config = useMemo((): ChartConfiguration => {
    const colors = chartColors(theme);
    const series = (label: string, pick: (p: TrendPoint) => number, color: string) => ({
      label,
      data: trend.map(pick),
      borderColor: color,
      backgroundColor: color,
      // Straight lines: a curve would suggest values between the days that were never counted.
      tension: 0,
    });
    return {
      type: 'line',
      data: {
        labels: trend.map((p) => formatBucketStart(p.start)),
        datasets: [
          series(texts.stats.booked, (p) => p.booked, colors.series[0]),
          series(texts.stats.closed, (p) => p.closed, colors.series[1]),
          series(texts.stats.solvedOnCall, (p) => p.solvedOnCall, colors.series[2]),
        ],
      },
      options: baseOptions(colors),
    };
  }, [trend, theme]);
  if (trend.every((p) => p.booked === 0 && p.closed === 0 && p.solvedOnCall === 0)) {
    return <p className={layout.muted}>{texts.overview.noTrend}</p>;
  }
  return (
    <>
      <ChartCanvas config={config} label={texts.overview.trend} />
      <details>
        <summary>{texts.overview.trendTable}</summary>
        <DataTable
          label={texts.overview.trendTable}
          rows={trend}
          rowKey={(p) => p.start}
          columns={[
            { header: texts.overview.trendStart, cell: (p) => formatBucketStart(p.start) },
            { header: texts.stats.booked, numeric: true, cell: (p) => formatCount(p.booked) },
            { header: texts.stats.closed, numeric: true, cell: (p) => formatCount(p.closed) },
            { header: texts.stats.solvedOnCall, numeric: true, cell: (p) => formatCount(p.solvedOnCall) },
          ]}
        />
      </details>
    </>
  );
}

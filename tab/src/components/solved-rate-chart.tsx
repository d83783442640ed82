import { useMemo } from 'react';
import type { CenterStats } from '../api/contract';
import { ChartCanvas, type ChartConfiguration } from '../charts/chart-canvas';
import { baseOptions, chartColors } from '../charts/chart-colors';
import { useAppContext } from '../app-context';
import { texts } from '../texts';
import { useLayoutStyles } from './styles';

/**
 * Share of inquiries solved on the call, per center, in percent (the table below has the
 * numbers). Centers without any inquiry in the period have no rate and no bar.
 */
export function SolvedRateChart({ centers: all }: { centers: CenterStats[] }) {
  const { theme } = useAppContext();
  const layout = useLayoutStyles();
  const config = useMemo((): ChartConfiguration => {
    const centers = all.filter((c) => c.solvedRate !== null);
    const colors = chartColors(theme);
    const options = baseOptions(colors);
    return {
      type: 'bar',
      data: {
        labels: centers.map((c) => c.code),
        datasets: [
          {
            label: texts.stats.solvedRate,
            data: centers.map((c) => Math.round((c.solvedRate ?? 0) * 100)),
            backgroundColor: colors.series[0],
          },
        ],
      },
      options: {
        ...options,
        plugins: { ...options.plugins, legend: { display: false } },
        scales: {
          ...options.scales,
          y: {
            ...options.scales.y,
            max: 100,
            ticks: { ...options.scales.y.ticks, callback: (v: string | number) => `${v} %` },
          },
        },
      },
    };
  }, [all, theme]);
  if (all.every((c) => c.solvedRate === null)) {
    return <p className={layout.muted}>{texts.overview.noSolvedRate}</p>;
  }
  return <ChartCanvas config={config} label={texts.overview.solvedRateChart} />;
}

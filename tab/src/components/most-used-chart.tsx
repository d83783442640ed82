import { useMemo } from 'react';
import type { Gaps } from '../api/contract';
import { ChartCanvas, type ChartConfiguration } from '../charts/chart-canvas';
import { baseOptions, chartColors } from '../charts/chart-colors';
import { useAppContext } from '../app-context';
import { texts } from '../texts';

const shown = 10;
const shorten = (title: string) => (title.length > 28 ? `${title.slice(0, 27)}…` : title);

/** The ten most used guides as horizontal bars (titles are long; they read better sideways). */
export function MostUsedChart({ guides }: { guides: Gaps['mostUsed'] }) {
  const { theme } = useAppContext();
  const config = useMemo((): ChartConfiguration => {
    const top = guides.slice(0, shown);
    const colors = chartColors(theme);
    const options = baseOptions(colors);
    return {
      type: 'bar',
      data: {
        labels: top.map((g) => shorten(g.title)),
        datasets: [
          { label: texts.gaps.uses, data: top.map((g) => g.count), backgroundColor: colors.series[0] },
        ],
      },
      options: {
        ...options,
        indexAxis: 'y',
        plugins: { ...options.plugins, legend: { display: false } },
        scales: {
          x: { ...options.scales.y },
          y: { ...options.scales.x },
        },
      },
    };
  }, [guides, theme]);
  const bars = Math.min(guides.length, shown);
  return <ChartCanvas config={config} label={texts.gaps.mostUsed} height={Math.max(120, bars * 28 + 40)} />;
}

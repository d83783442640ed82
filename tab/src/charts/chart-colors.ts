import type { Theme } from '@fluentui/react-components';

/** Chart colours taken from the Fluent theme, so charts follow light, dark and high contrast. */
export interface ChartColors {
  text: string;
  grid: string;
  series: [string, string, string];
}

export function chartColors(theme: Theme): ChartColors {
  return {
    text: theme.colorNeutralForeground1,
    grid: theme.colorNeutralStroke2,
    series: [
      theme.colorBrandBackground,
      theme.colorPaletteGreenBorderActive,
      theme.colorPaletteDarkOrangeBorderActive,
    ],
  };
}

/**
 * Axes and legend in the theme's colours; no animation, so the numbers show at once. Numbers in
 * Danish (1.000, not 1,000) whatever the browser's language.
 */
export function baseOptions(colors: ChartColors) {
  return {
    locale: 'da-DK',
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { labels: { color: colors.text } } },
    scales: {
      x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
      y: { ticks: { color: colors.text, precision: 0 }, grid: { color: colors.grid }, beginAtZero: true },
    },
  };
}

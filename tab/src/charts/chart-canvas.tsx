import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js' with { 'resolution-mode': 'import' };
import { loadChart } from './chart-setup';

export type { ChartConfiguration };

/**
 * A Chart.js chart in a box of fixed height that follows the width of its container. The
 * canvas is an image for screen readers; the numbers are in a table beside it.
 */
export function ChartCanvas({
  config,
  label,
  height = 240,
}: {
  config: ChartConfiguration;
  label: string;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let current = true;
    void loadChart().then((Chart) => {
      if (current && canvas.current) chart = new Chart(canvas.current, config);
    });
    return () => {
      current = false;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div style={{ position: 'relative', height, width: '100%', minWidth: 0 }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

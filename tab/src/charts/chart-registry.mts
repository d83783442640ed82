import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/**
 * Only the chart parts the tab uses, so the rest of Chart.js stays out of the bundle. An ES
 * module (.mts) because Chart.js is one; the CommonJS-typed tab reaches it by dynamic import.
 */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export { Chart };

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Stats } from '../api/contract';
import { formatCount, formatMinutes, formatPercent } from '../format';
import { texts } from '../texts';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1.1,
  },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

/** The headline figures, large enough to read at a glance (a description list for screen readers). */
export function StatTiles({ stats, label }: { stats: Stats; label: string }) {
  const styles = useStyles();
  const tiles: [string, string, boolean?][] = [
    [texts.stats.booked, formatCount(stats.booked)],
    [texts.stats.open, formatCount(stats.open)],
    [texts.stats.claimed, formatCount(stats.claimed)],
    [texts.stats.closed, formatCount(stats.closed)],
    [texts.stats.overdue, formatCount(stats.overdue), stats.overdue > 0],
    [texts.stats.solvedRate, formatPercent(stats.solvedRate)],
    [texts.stats.medianClaim, formatMinutes(stats.medianClaimMinutes)],
    [texts.stats.medianClose, formatMinutes(stats.medianCloseMinutes)],
  ];
  return (
    <dl className={styles.tiles} aria-label={label}>
      {tiles.map(([name, value, warn]) => (
        <div key={name} className={styles.tile}>
          <dd className={`${styles.value} ${warn ? styles.warning : ''}`}>{value}</dd>
          <dt className={styles.label}>{name}</dt>
        </div>
      ))}
    </dl>
  );
}

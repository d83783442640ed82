import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Layout shared by the pages. Everything wraps or scrolls inside its own box, so the page body
 * never scrolls sideways at Teams' narrowest widths (320 px).
 */
export const useLayoutStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    minWidth: '140px',
    maxWidth: '100%',
  },
  /** A select with long option texts (center names) shrinks to the width there is. */
  fit: {
    gridTemplateColumns: 'minmax(0, 1fr)',
    '& select': { width: '100%', textOverflow: 'ellipsis' },
  },
  tableWrap: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  numeric: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  nowrap: {
    whiteSpace: 'nowrap',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
  /** A section of the chart grid that takes a whole row. */
  wide: {
    gridColumn: '1 / -1',
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

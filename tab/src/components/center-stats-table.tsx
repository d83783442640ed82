import type { CenterStats, Stats } from '../api/contract';
import { formatCount, formatMinutes, formatPercent } from '../format';
import { texts } from '../texts';
import { DataTable, type Column } from './data-table';

type Row = Stats & { code: string; name: string };

const count = (header: string, pick: (s: Stats) => number): Column<Row> => ({
  header,
  numeric: true,
  cell: (row) => formatCount(pick(row)),
});
const minutes = (header: string, pick: (s: Stats) => number | null): Column<Row> => ({
  header,
  numeric: true,
  cell: (row) => formatMinutes(pick(row)),
});

const columns: Column<Row>[] = [
  { header: texts.overview.center, cell: (row) => <span title={row.name}>{row.code}</span> },
  count(texts.stats.booked, (s) => s.booked),
  count(texts.stats.open, (s) => s.open),
  count(texts.stats.claimed, (s) => s.claimed),
  count(texts.stats.closed, (s) => s.closed),
  count(texts.stats.overdue, (s) => s.overdue),
  minutes(texts.stats.medianClaim, (s) => s.medianClaimMinutes),
  minutes(texts.stats.p90Claim, (s) => s.p90ClaimMinutes),
  minutes(texts.stats.medianClose, (s) => s.medianCloseMinutes),
  minutes(texts.stats.p90Close, (s) => s.p90CloseMinutes),
  count(texts.stats.solvedOnCall, (s) => s.solvedOnCall),
  { header: texts.stats.solvedRate, numeric: true, cell: (row) => formatPercent(row.solvedRate) },
];

/** Every figure per center, with the total as the last row. */
export function CenterStatsTable({ centers, totals }: { centers: CenterStats[]; totals: Stats }) {
  return (
    <DataTable
      label={texts.overview.perCenter}
      columns={columns}
      rows={centers}
      rowKey={(row) => row.code}
      empty={texts.overview.noCenters}
      summary={{ ...totals, code: texts.overview.total, name: texts.overview.total }}
    />
  );
}

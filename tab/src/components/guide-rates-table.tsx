import type { GuideRate } from '../api/contract';
import { formatCount, formatPercent } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';

/** Which guides settle calls and which end as callbacks. */
export function GuideRatesTable({ guides }: { guides: GuideRate[] }) {
  return (
    <DataTable
      label={texts.overview.perGuide}
      rows={guides}
      rowKey={(g) => g.guideId}
      empty={texts.overview.noGuides}
      columns={[
        { header: texts.overview.guide, cell: (g) => g.title },
        { header: texts.overview.center, cell: (g) => g.centerCode },
        { header: texts.stats.solvedOnCall, numeric: true, cell: (g) => formatCount(g.solvedOnCall) },
        { header: texts.overview.callbacks, numeric: true, cell: (g) => formatCount(g.callbacks) },
        { header: texts.stats.solvedRate, numeric: true, cell: (g) => formatPercent(g.solvedRate) },
      ]}
    />
  );
}

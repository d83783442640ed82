import type { HistoryEntry } from '../api/contract';
import { formatDetails } from '../format-details';
import { formatDateTime, personName } from '../format';
import { labelOf, texts } from '../texts';
import { DataTable } from './data-table';
import { useLayoutStyles } from './styles';

/** Every change to the callback, oldest first, as the server recorded it. */
export function HistoryTable({
  history,
  label = texts.detail.history,
}: {
  history: HistoryEntry[];
  label?: string;
}) {
  const layout = useLayoutStyles();
  return (
    <DataTable
      label={label}
      rows={history}
      rowKey={(h) => `${h.at}-${h.action}-${h.toStatus}`}
      columns={[
        {
          header: texts.detail.at,
          cell: (h) => <span className={layout.nowrap}>{formatDateTime(h.at)}</span>,
        },
        { header: texts.detail.actor, cell: (h) => personName(h.actor) },
        { header: texts.detail.action, cell: (h) => labelOf(texts.historyAction, h.action) },
        {
          header: texts.detail.change,
          cell: (h) =>
            h.fromStatus && h.fromStatus !== h.toStatus
              ? `${labelOf(texts.status, h.fromStatus)} → ${labelOf(texts.status, h.toStatus)}`
              : labelOf(texts.status, h.toStatus),
        },
        { header: texts.detail.details, cell: (h) => formatDetails(h.details) },
      ]}
    />
  );
}

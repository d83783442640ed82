import type { AccessLog } from '../api/contract';
import { formatDateTime, personName } from '../format';
import { formatDetails } from '../format-details';
import { labelOf, texts } from '../texts';
import { DataTable } from './data-table';
import { useLayoutStyles } from './styles';

/** Access-log lines about one citizen: when, who, what, which callback. */
export function AccessLogTable({
  label,
  entries,
  empty,
}: {
  label: string;
  entries: AccessLog['entries'];
  empty: string;
}) {
  const layout = useLayoutStyles();
  return (
    <DataTable
      label={label}
      rows={entries}
      rowKey={(e) => `${e.at}-${e.action}-${personName(e.user)}-${e.reference ?? ''}`}
      empty={empty}
      columns={[
        {
          header: texts.accessLog.at,
          cell: (e) => <span className={layout.nowrap}>{formatDateTime(e.at)}</span>,
        },
        { header: texts.accessLog.user, cell: (e) => personName(e.user) },
        { header: texts.accessLog.action, cell: (e) => labelOf(texts.accessAction, e.action) },
        { header: texts.accessLog.reference, cell: (e) => e.reference ?? texts.noValue },
        { header: texts.accessLog.details, cell: (e) => formatDetails(e.details) },
      ]}
    />
  );
}

import { Badge, Link } from '@fluentui/react-components';
import type { CallbackItem } from '../api/contract';
import { formatDateTime, personName } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';
import { StatusBadge } from './status-badge';
import { useLayoutStyles } from './styles';

/** The list holds no personal data; the reference opens the detail view. */
export function CallbackTable({ items, onOpen }: { items: CallbackItem[]; onOpen: (id: string) => void }) {
  const layout = useLayoutStyles();
  return (
    <DataTable
      label={texts.callbacks.heading}
      rows={items}
      rowKey={(c) => c.id}
      empty={texts.callbacks.none}
      columns={[
        {
          header: texts.callbacks.reference,
          cell: (c) => (
            <Link
              as="button"
              className={layout.nowrap}
              aria-label={texts.callbacks.open(c.reference)}
              onClick={() => onOpen(c.id)}
            >
              {c.reference}
            </Link>
          ),
        },
        { header: texts.callbacks.center, cell: (c) => c.centerCode },
        { header: texts.callbacks.topic, cell: (c) => c.topic },
        { header: texts.callbacks.status, cell: (c) => <StatusBadge status={c.status} /> },
        { header: texts.callbacks.holder, cell: (c) => personName(c.holderName) },
        {
          header: texts.callbacks.bookedAt,
          cell: (c) => <span className={layout.nowrap}>{formatDateTime(c.bookedAt)}</span>,
        },
        {
          header: texts.callbacks.deadline,
          cell: (c) => (
            <span className={layout.nowrap}>
              {formatDateTime(c.deadline)}{' '}
              {c.overdue && (
                <Badge appearance="filled" color="danger" size="small">
                  {texts.callbacks.overdueBadge}
                </Badge>
              )}
            </span>
          ),
        },
        {
          header: texts.callbacks.urgency,
          cell: (c) =>
            c.urgency === 'urgent' ? (
              <Badge appearance="tint" color="important">
                {texts.urgency.urgent}
              </Badge>
            ) : (
              texts.urgency.normal
            ),
        },
      ]}
    />
  );
}

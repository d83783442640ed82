import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Undelivered } from '../api/contract';
import { useAppContext } from '../app-context';
import { formatDateTime } from '../format';
import { texts } from '../texts';
import { DataTable, type Column } from './data-table';
import { useApiData } from './use-api-data';

type Item = Undelivered['items'][number];

const t = texts.undelivered;
const columns: readonly Column<Item>[] = [
  { header: t.center, cell: (i) => i.centerCode ?? texts.noValue },
  { header: t.reference, cell: (i) => i.reference ?? texts.noValue },
  { header: t.what, cell: (i) => i.what },
  { header: t.reason, cell: (i) => <span title={i.error ?? undefined}>{i.reason}</span> },
  { header: t.since, cell: (i) => formatDateTime(i.since) },
];

/**
 * Posts Teams refused for good (the bot removed from a team, a deleted channel): shown above the
 * overview until the channel is bound again, since nobody in the center sees those callbacks.
 * Nothing is shown when all was delivered, or when the list cannot be loaded.
 */
export function UndeliveredNotice() {
  const { api } = useAppContext();
  const { data } = useApiData(() => api.get<Undelivered>('/api/tab/undelivered'), []);
  if (!data || data.items.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.title(data.items.length)}</MessageBarTitle>
        <p>{t.intro}</p>
        <DataTable label={t.table} columns={columns} rows={data.items} rowKey={(i) => i.id} />
        {data.truncated && <p>{t.truncated}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}

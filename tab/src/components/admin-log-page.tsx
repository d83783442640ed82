import { Badge } from '@fluentui/react-components';
import type { AdminLog } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatDateTime, personName } from '../format';
import { labelOf, texts } from '../texts';
import { DataTable } from './data-table';
import { ErrorMessage } from './error-message';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

type Entry = AdminLog['entries'][number];

const channelName = (channel: Entry['from']): string =>
  channel ? (channel.channelName ?? texts.adminLog.unnamed) : texts.noValue;

/** What else a line needs said: why it was refused, who lost the channel, whom posts alert. */
function noteOf(entry: Entry): string {
  const notes = [
    entry.reason ? labelOf(texts.refusalReason, entry.reason) : null,
    entry.displacedCenter ? texts.adminLog.displaced(entry.displacedCenter) : null,
    entry.mention ? texts.adminLog.mention(entry.mention) : null,
    entry.keyword ? texts.adminLog.keyword(entry.keyword.words, entry.keyword.guideId) : null,
  ].filter((n): n is string => n !== null);
  return notes.length > 0 ? notes.join('; ') : texts.noValue;
}

/** The log of administrative changes: who bound or moved which channel, and who tried (coordinators only). */
export function AdminLogPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const log = useApiData(() => api.get<AdminLog>('/api/tab/admin-log', { limit: 200 }), []);
  useReadyWhen(log.data !== null || log.error !== null);
  return (
    <section className={layout.page} aria-label={texts.adminLog.heading} aria-busy={log.loading}>
      <p className={layout.muted}>{texts.adminLog.intro}</p>
      {log.error && <ErrorMessage error={log.error} onRetry={log.reload} />}
      {log.data && (
        <>
          <DataTable
            label={texts.adminLog.heading}
            rows={log.data.entries}
            rowKey={(e) => e.id}
            empty={texts.adminLog.none}
            columns={[
              {
                header: texts.adminLog.at,
                cell: (e) => <span className={layout.nowrap}>{formatDateTime(e.at)}</span>,
              },
              { header: texts.adminLog.actor, cell: (e) => personName(e.actor) },
              {
                header: texts.adminLog.action,
                cell: (e) =>
                  e.action === 'binding.refused' ? (
                    <Badge appearance="tint" color="danger">
                      {labelOf(texts.adminAction, e.action)}
                    </Badge>
                  ) : (
                    labelOf(texts.adminAction, e.action)
                  ),
              },
              { header: texts.adminLog.center, cell: (e) => e.centerCode },
              { header: texts.adminLog.from, cell: (e) => channelName(e.from) },
              { header: texts.adminLog.to, cell: (e) => channelName(e.to) },
              { header: texts.adminLog.note, cell: noteOf },
            ]}
          />
          {log.data.total > log.data.entries.length && (
            <p className={layout.muted}>{texts.adminLog.showing(log.data.entries.length, log.data.total)}</p>
          )}
        </>
      )}
    </section>
  );
}

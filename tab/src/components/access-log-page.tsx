import { useState, type FormEvent } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { AccessLog } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatDateTime, personName } from '../format';
import { labelOf, texts } from '../texts';
import { DataTable } from './data-table';
import { ErrorMessage } from './error-message';
import { formatDetails } from '../format-details';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

/** Who read, changed or exported one citizen's data, found by phone number (coordinators only). */
export function AccessLogPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const [phone, setPhone] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const log = useApiData<AccessLog>(
    searched === null ? null : () => api.get<AccessLog>('/api/tab/access-log', { phone: searched }),
    [searched],
  );
  useReadyWhen(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (phone.trim()) setSearched(phone.trim());
  };
  return (
    <section className={layout.page} aria-label={texts.accessLog.heading} aria-busy={log.loading}>
      <p className={layout.muted}>{texts.accessLog.intro}</p>
      <form className={layout.toolbar} onSubmit={submit} role="search" aria-label={texts.accessLog.heading}>
        <Field label={texts.accessLog.phone} className={layout.field}>
          <Input
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(_e, d) => setPhone(d.value)}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {texts.accessLog.search}
        </Button>
      </form>
      {log.error && <ErrorMessage error={log.error} />}
      {log.data && (
        <DataTable
          label={texts.accessLog.heading}
          rows={log.data.entries}
          rowKey={(e) => `${e.at}-${e.action}-${personName(e.user)}-${e.reference ?? ''}`}
          empty={texts.accessLog.none}
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
      )}
    </section>
  );
}

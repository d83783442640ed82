import { useState } from 'react';
import type { AccessLog } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { texts } from '../texts';
import { AccessLogTable } from './access-log-table';
import { ErrorMessage } from './error-message';
import { PhoneSearchForm } from './phone-search-form';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

/** Who read, changed or exported one citizen's data, found by phone number (coordinators only). */
export function AccessLogPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const [searched, setSearched] = useState<string | null>(null);
  const log = useApiData<AccessLog>(
    searched === null ? null : () => api.get<AccessLog>('/api/tab/access-log', { phone: searched }),
    [searched],
  );
  useReadyWhen(true);
  return (
    <section className={layout.page} aria-label={texts.accessLog.heading} aria-busy={log.loading}>
      <p className={layout.muted}>{texts.accessLog.intro}</p>
      <PhoneSearchForm
        label={texts.accessLog.heading}
        fieldLabel={texts.accessLog.phone}
        button={texts.accessLog.search}
        onSearch={setSearched}
      />
      {log.error && <ErrorMessage error={log.error} />}
      {log.data && (
        <AccessLogTable
          label={texts.accessLog.heading}
          entries={log.data.entries}
          empty={texts.accessLog.none}
        />
      )}
    </section>
  );
}

import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CitizenData, ErasureResult } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatPhone } from '../format';
import { labelOf, texts } from '../texts';
import { AccessLogTable } from './access-log-table';
import { EraseCitizenDialog } from './erase-citizen-dialog';
import { ErrorMessage } from './error-message';
import { FactList } from './fact-list';
import { HistoryTable } from './history-table';
import { PhoneSearchForm } from './phone-search-form';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

const t = texts.citizenData;

/**
 * A citizen's rights (GDPR art. 15 and 17), for coordinators: everything held about a phone
 * number, and its erasure after a confirmation that says what will happen. Both are logged.
 */
export function CitizenDataPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const [searched, setSearched] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<ErasureResult | null>(null);
  const data = useApiData<CitizenData>(
    searched === null ? null : () => api.get<CitizenData>('/api/tab/citizen-data', { phone: searched }),
    [searched],
  );
  useReadyWhen(true);
  const search = (phone: string) => {
    setErased(null);
    if (phone === searched) data.reload();
    else setSearched(phone);
  };
  const found = data.data;
  return (
    <section className={layout.page} aria-label={t.heading} aria-busy={data.loading}>
      <p className={layout.muted}>{t.intro}</p>
      <PhoneSearchForm label={t.heading} fieldLabel={t.phone} button={t.search} onSearch={search} />
      {data.error && <ErrorMessage error={data.error} />}
      {erased && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.done(erased.callbacks, erased.closed)}</MessageBarBody>
        </MessageBar>
      )}
      {found && (
        <>
          <div className={layout.section}>
            <h3 className={layout.heading}>{t.callbacks(found.callbacks.length)}</h3>
            {found.callbacks.length === 0 && <p className={layout.muted}>{t.none}</p>}
            {found.callbacks.map(({ callback: c, citizen, history }) => (
              <div key={c.id} className={layout.section}>
                <h4 className={layout.heading}>
                  {t.callback(c.reference, c.centerCode, labelOf(texts.status, c.status))}
                </h4>
                <FactList
                  label={c.reference}
                  facts={[
                    [texts.detail.citizenName, citizen.name],
                    [texts.detail.citizenPhone, formatPhone(citizen.phone)],
                    [texts.detail.citizenDescription, citizen.description],
                    [texts.callbacks.topic, c.topic],
                    [texts.detail.outcome, labelOf(texts.outcome, c.outcome)],
                  ]}
                />
                <HistoryTable history={history} label={`${texts.detail.history} ${c.reference}`} />
              </div>
            ))}
            {found.callbacks.length > 0 && (
              <div className={layout.toolbar}>
                <Button onClick={() => setConfirming(true)}>{t.erase}</Button>
              </div>
            )}
          </div>
          <div className={layout.section}>
            <h3 className={layout.heading}>{t.accessLog}</h3>
            <AccessLogTable label={t.accessLog} entries={found.accessLog} empty={t.accessLogNone} />
          </div>
        </>
      )}
      {confirming && found && (
        <EraseCitizenDialog
          data={found}
          onCancel={() => setConfirming(false)}
          onDone={(result) => {
            setConfirming(false);
            setErased(result);
            data.reload();
          }}
        />
      )}
    </section>
  );
}

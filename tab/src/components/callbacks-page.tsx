import { useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { callbackQuery } from '../api/callback-query';
import { emptyCallbackFilters, type CallbackFilters, type CallbackList } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { texts } from '../texts';
import { CallbackDetailDialog } from './callback-detail-dialog';
import { CallbackFiltersBar } from './callback-filters';
import { CallbackTable } from './callback-table';
import { CsvExport } from './csv-export';
import { ErrorMessage } from './error-message';
import { useApiData } from './use-api-data';
import { useDebounced } from './use-debounced';
import { useLayoutStyles } from './styles';

const pageSize = 25;

/** The filterable callback list, a page at a time, with export and a detail view. */
export function CallbacksPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const [filters, setFilters] = useState<CallbackFilters>(emptyCallbackFilters);
  const [offset, setOffset] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const q = useDebounced(filters.q, 300);
  const citizen = useDebounced(filters.citizen, 300);
  const query = useMemo(() => callbackQuery({ ...filters, q, citizen }), [filters, q, citizen]);
  const key = JSON.stringify(query);

  const list = useApiData(
    () => api.get<CallbackList>('/api/tab/callbacks', { ...query, limit: pageSize, offset }),
    [key, offset],
  );
  useReadyWhen(list.data !== null || list.error !== null);
  const change = (next: CallbackFilters) => {
    setFilters(next);
    setOffset(0);
  };
  const total = list.data?.total ?? 0;
  const shown = list.data?.items.length ?? 0;

  return (
    <section className={layout.page} aria-label={texts.callbacks.heading} aria-busy={list.loading}>
      <CallbackFiltersBar value={filters} onChange={change} />
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.data && (
        <>
          <p className={layout.muted} role="status">
            {texts.callbacks.showing(offset + 1, offset + shown, total)}
          </p>
          <CallbackTable items={list.data.items} onOpen={setOpenId} />
          <div className={layout.toolbar}>
            <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
              {texts.callbacks.previous}
            </Button>
            <Button disabled={offset + shown >= total} onClick={() => setOffset(offset + pageSize)}>
              {texts.callbacks.next}
            </Button>
          </div>
        </>
      )}
      <CsvExport query={query} />
      {openId && <CallbackDetailDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}

import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { Theme } from '@fluentui/react-components';
import type { ApiClient } from '../api/api-client';
import type { Me, Wave } from '../api/contract';
import { AppContext, type AppContextValue } from '../app-context';
import type { Host } from '../teams/teams-host';
import { AccessLogPage } from './access-log-page';
import { AdminLogPage } from './admin-log-page';
import { CallbacksPage } from './callbacks-page';
import { ErrorMessage } from './error-message';
import { GapsPage } from './gaps-page';
import { HeaderBar } from './header-bar';
import { CitizenDataPage } from './citizen-data-page';
import { coordinatorPages, NavTabs, pageIds, type PageId } from './nav-tabs';
import { OverviewPage } from './overview-page';
import { useApiData } from './use-api-data';
import { useHashPage } from './use-hash-page';
import { WavesPage } from './waves-page';

const pageViews: Record<PageId, () => ReactNode> = {
  overview: () => <OverviewPage />,
  waves: () => <WavesPage />,
  gaps: () => <GapsPage />,
  callbacks: () => <CallbacksPage />,
  'access-log': () => <AccessLogPage />,
  'citizen-data': () => <CitizenDataPage />,
  'admin-log': () => <AdminLogPage />,
};

/**
 * The tab: who is signed in and the centers load beside the first page, not before it, so
 * the overview shows as soon as its own numbers arrive.
 */
export function App({
  host,
  api,
  theme,
  now,
}: {
  host: Host;
  api: ApiClient;
  theme: Theme;
  now: () => Date;
}) {
  const me = useApiData(() => api.get<Me>('/api/tab/me'), []);
  const waves = useApiData(() => api.get<Wave[]>('/api/tab/waves'), []);
  const [page, setPage] = useHashPage();
  const readyOnce = useRef(false);
  const ready = useCallback(() => {
    if (readyOnce.current) return;
    readyOnce.current = true;
    performance.mark('tab:first-render');
    host.notifyReady();
  }, [host]);

  const isCoordinator = me.data?.role === 'coordinator';
  const pages: readonly PageId[] =
    isCoordinator || !me.data ? pageIds : pageIds.filter((p) => !coordinatorPages.includes(p));
  const shown: PageId = pages.includes(page) ? page : 'overview';
  const context = useMemo(
    (): AppContextValue => ({
      api,
      me: me.data,
      centers: (waves.data ?? []).map((w) => ({ code: w.code, name: w.name })),
      theme,
      now,
      openLink: host.openLink,
      ready,
    }),
    [api, me.data, waves.data, theme, now, host.openLink, ready],
  );
  return (
    <AppContext.Provider value={context}>
      <HeaderBar me={me.data} />
      {me.error && <ErrorMessage error={me.error} onRetry={me.reload} />}
      <NavTabs current={shown} pages={pages} onSelect={setPage} />
      <main>{pageViews[shown]()}</main>
    </AppContext.Provider>
  );
}

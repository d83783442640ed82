import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { App } from './components/app';
import { TabConfigPage } from './components/tab-config-page';
import { ThemedRoot } from './components/themed-root';
import { connectToHost } from './teams/teams-host';

/** Connect to Teams (or fall back to the plain browser), then render the tab or its config page. */
async function start(): Promise<void> {
  const host = await connectToHost();
  const api = createApiClient(() => host.getToken());
  const now = () => new Date();
  const element = document.getElementById('root');
  if (!element) return;
  const isConfig = window.location.pathname.replace(/\/$/, '').endsWith('/config');
  createRoot(element).render(
    <ThemedRoot host={host}>
      {(theme) =>
        isConfig ? <TabConfigPage host={host} /> : <App host={host} api={api} theme={theme} now={now} />
      }
    </ThemedRoot>,
  );
}

void start();

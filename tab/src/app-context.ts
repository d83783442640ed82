import { createContext, useContext, useEffect } from 'react';
import type { Theme } from '@fluentui/react-components';
import type { ApiClient } from './api/api-client';
import type { Me } from './api/contract';

interface CenterOption {
  code: string;
  name: string;
}

/** What every page needs: the API, who is signed in, the centers to filter on, and the clock. */
export interface AppContextValue {
  api: ApiClient;
  me: Me | null;
  centers: CenterOption[];
  theme: Theme;
  now: () => Date;
  /** Teams' way to open a download link outside the tab; null in a plain browser. */
  openLink: ((url: string) => Promise<void>) | null;
  /** The first page has its data on screen: marks 'tab:first-render' and tells Teams (once). */
  ready: () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside AppContext');
  return value;
}

/** Calls `ready` once `shown` is true (data or an error on screen). */
export function useReadyWhen(shown: boolean): void {
  const { ready } = useAppContext();
  useEffect(() => {
    if (shown) ready();
  }, [shown, ready]);
}

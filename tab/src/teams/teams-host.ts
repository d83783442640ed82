import type * as TeamsJs from '@microsoft/teams-js';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the tab needs from its host: Teams, or a plain browser in local development. */
export interface Host {
  inTeams: boolean;
  theme: ThemeName;
  onThemeChange(listener: (theme: ThemeName) => void): void;
  /** A Teams SSO token for the tab API; null outside Teams (the server's local mode needs none). */
  getToken(): Promise<string | null>;
  /** Tells Teams the tab has rendered (hides Teams' loading indicator). */
  notifyReady(): void;
  /** The channel tab's configuration page: let the user save the tab with this content URL. */
  enableTabConfig(contentUrl: string): void;
  /**
   * Teams only: opens an https URL outside the tab (the browser on desktop, the in-app browser
   * on mobile), where a file download works; a download from the tab itself does not
   * (decision 0051). Null in a plain browser, which downloads itself.
   */
  openLink: ((url: string) => Promise<void>) | null;
}

/**
 * Teams shows a tab in a frame (web, desktop) or a webview with a native bridge (mobile). In a
 * plain browser window there is neither, and teams-js is not even loaded (it would only fail,
 * after asking a CDN for its list of Teams domains). In a frame that is not Teams,
 * `app.initialize()` never settles, so it gets a short deadline. Either way the tab then runs
 * without a token, which the server accepts only in its local mode.
 */
export async function connectToHost(timeoutMs = 3000): Promise<Host> {
  if (!mayBeInTeams()) return browserHost();
  let teams: typeof TeamsJs;
  try {
    teams = await import('@microsoft/teams-js');
    await withTimeout(teams.app.initialize(), timeoutMs);
  } catch {
    return browserHost();
  }
  const { app, authentication, pages } = teams;
  const context = await withTimeout(app.getContext(), timeoutMs).catch(() => null);
  const listeners: ((theme: ThemeName) => void)[] = [];
  app.registerOnThemeChangeHandler((theme) => {
    for (const listener of listeners) listener(themeName(theme));
  });
  return {
    inTeams: true,
    theme: themeName(context?.app.theme),
    onThemeChange: (listener) => listeners.push(listener),
    getToken: () => authentication.getAuthToken(),
    openLink: (url) => app.openLink(url),
    notifyReady: () => {
      void app.notifySuccess().catch(() => undefined);
    },
    enableTabConfig: (contentUrl) => {
      // Throws outside Teams' configuration frame (the page opened as a content tab): then
      // there is nothing to save, and the page still shows its text.
      try {
        pages.config.registerOnSaveHandler((event) => {
          pages.config
            .setConfig({
              contentUrl,
              websiteUrl: contentUrl,
              entityId: 'koordinator',
              suggestedDisplayName: 'Koordinator',
            })
            .then(
              () => event.notifySuccess(),
              (error: unknown) => event.notifyFailure(String(error)),
            );
        });
        pages.config.setValidityState(true);
      } catch {
        // Not a configuration frame.
      }
    },
  };
}

function mayBeInTeams(): boolean {
  return window.parent !== window || Boolean(window.opener) || 'nativeInterface' in window;
}

/** In a plain browser the theme follows `?theme=dark|contrast`, else the system's dark mode. */
function browserHost(): Host {
  const asked = new URLSearchParams(window.location.search).get('theme');
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return {
    inTeams: false,
    theme: asked ? themeName(asked) : prefersDark ? 'dark' : 'default',
    onThemeChange: () => undefined,
    getToken: async () => null,
    openLink: null,
    notifyReady: () => undefined,
    enableTabConfig: () => undefined,
  };
}

/** Teams sends "default", "dark", "contrast" (and lately "glass", a light look). */
function themeName(theme: string | undefined): ThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

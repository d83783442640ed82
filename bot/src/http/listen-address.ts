/**
 * Where the server listens. While any part of it accepts unauthenticated requests (the bot
 * endpoint without MICROSOFT_APP_ID, the tab API without TAB_CLIENT_ID, where every caller is a
 * coordinator), it listens on this machine only unless HOST says otherwise; once everything is
 * authenticated it listens on every interface, as a container behind a load balancer must.
 */
export interface ListenChoice {
  host: string;
  /** Set when HOST opens unauthenticated parts to the network: the start-up log warns. */
  openedDeliberately: boolean;
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

export function chooseListenHost(
  configured: string | undefined,
  unauthenticated: readonly string[],
): ListenChoice {
  if (configured === undefined) {
    return { host: unauthenticated.length > 0 ? '127.0.0.1' : '0.0.0.0', openedDeliberately: false };
  }
  return { host: configured, openedDeliberately: unauthenticated.length > 0 && !isLoopback(configured) };
}

/** A URL a client on this machine can use: a wildcard address is reached through loopback. */
export function localUrl(address: string, port: number): string {
  if (address === '0.0.0.0' || address === '::') return `http://127.0.0.1:${port}`;
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * The Content-Security-Policy of the tab's page. The tab runs inside Teams, Outlook and the
 * Microsoft 365 app; `frame-ancestors` names exactly the hosts Microsoft documents for tabs
 * (docs/decisions/0028), so no other site can frame it and trick a coordinator into clicking.
 * Everything the page loads comes from this server; styles are inline because Fluent UI injects
 * them at run time.
 */
export const tabHosts = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/** Outside production the tab's own origin may frame it too (the test host, a local try-out). */
export function tabContentSecurityPolicy(production: boolean): string {
  const ancestors = production ? tabHosts : ["'self'", ...tabHosts];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

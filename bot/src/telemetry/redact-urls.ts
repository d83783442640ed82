import type { Attributes } from '@opentelemetry/api';
import { downloadPath } from '../http/tab-api/download-link-routes';

/**
 * Telemetry leaves the municipality's hosting for Application Insights, and a URL can carry a
 * citizen's phone number (`/api/tab/citizen-data?phone=…`) or a single-use download link: every
 * URL-shaped attribute of a request or dependency span loses its query string, and a download
 * link its token, before the span is exported (decision 0050).
 */
const urlAttributes = ['http.url', 'http.target', 'url.full', 'url.path', 'url.query', 'http.route'];

export function redactUrl(url: string): string {
  const withoutQuery = url.split(/[?#]/, 1)[0]!;
  const at = withoutQuery.indexOf(downloadPath);
  return at < 0 ? withoutQuery : `${withoutQuery.slice(0, at + downloadPath.length)}:token`;
}

/** The attributes to overwrite on a span whose attributes are these. */
export function redactedUrlAttributes(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const key of urlAttributes) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    const redacted = key === 'url.query' ? '' : redactUrl(value);
    if (redacted !== value) out[key] = redacted;
  }
  return out;
}

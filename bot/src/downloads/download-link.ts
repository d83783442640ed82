import type { Person } from '../callbacks/callback';
import type { RoleGrant } from '../coordinator/roles';

/**
 * A short-lived, single-use link to a file the tab would otherwise download itself (decision
 * 0051). Teams opens it in a browser that has no Teams token, so the link stands for the person
 * who asked for it: it runs with what they were allowed to see when they asked, once, within
 * its lifetime.
 */
export const downloadLinkLifetimeMs = 60_000;

export const downloadKinds = ['callbacks_csv'] as const;
type DownloadKind = (typeof downloadKinds)[number];

export interface DownloadLink {
  viewer: Person & RoleGrant;
  what: DownloadKind;
  /** The export's query string (with its leading "?", or empty), validated when issued. */
  query: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface DownloadLinkStore {
  /** Stores a new link (by the hash of its secret) and forgets links that expired a day ago. */
  saveDownloadLink(tokenHash: string, link: Omit<DownloadLink, 'usedAt'>): Promise<void>;
  /**
   * Marks the link used at `at`, once across every instance. Returns the link as it was before
   * this call (so `usedAt` is set when it had been used already), or null when there is none.
   */
  useDownloadLink(tokenHash: string, at: Date): Promise<DownloadLink | null>;
}

export type DownloadRefusal = 'unknown' | 'other_user' | 'used' | 'expired';

/**
 * Why a fetch of a link is refused, or null to serve it. `requesterId` is the signed-in user
 * when the fetch carries a token (or in local mode), else null: a browser Teams opened the link
 * in has none, and then the secret in the link is what proves it came from the tab.
 */
export function downloadRefusal(
  link: DownloadLink | null,
  requesterId: string | null,
  now: Date,
): DownloadRefusal | null {
  if (!link) return 'unknown';
  if (requesterId !== null && requesterId !== link.viewer.id) return 'other_user';
  if (link.usedAt) return 'used';
  if (now.getTime() >= link.expiresAt.getTime()) return 'expired';
  return null;
}

import type { Person } from '../callbacks/callback';
import { AppError } from '../shared/errors';
import type { AdminAction, AdminChange, ChannelRef } from '../admin-log/admin-log-store';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

/** A channel as the tab shows it; the address the bot posts to stays on the server. */
type ChannelView = Pick<ChannelRef, 'teamId' | 'channelId' | 'channelName'>;

export interface AdminChangeView {
  id: string;
  at: Date;
  actor: Person;
  action: AdminAction;
  centerCode: string;
  from: ChannelView | null;
  to: ChannelView | null;
  displacedCenter: string | null;
  mention: string | null;
  reason: string | null;
  /** Only on keyword decisions (decision 0055); binding entries read as before. */
  keyword?: { words: string; guideId: string };
}

const viewOf = (c: ChannelRef | null): ChannelView | null =>
  c ? { teamId: c.teamId, channelId: c.channelId, channelName: c.channelName } : null;

/**
 * The log of administrative changes (who bound or moved which channel, who tried), newest first.
 * For coordinators: they answer for where callbacks go.
 */
export async function listAdminChanges(
  deps: Pick<StatsDeps, 'adminLog'>,
  viewer: Viewer,
  page: { limit?: number; offset?: number },
): Promise<{ total: number; entries: AdminChangeView[] }> {
  if (!isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', `user ${viewer.id} may not read the log of administrative changes`, {
      reason: 'admin_log',
    });
  }
  const { entries, total } = await deps.adminLog.adminChanges({
    limit: page.limit ?? 100,
    offset: page.offset ?? 0,
  });
  return {
    total,
    entries: entries.map((e: AdminChange): AdminChangeView => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      action: e.action,
      centerCode: e.centerCode,
      from: viewOf(e.details.from),
      to: viewOf(e.details.to),
      displacedCenter: e.details.displacedCenter,
      mention: e.details.mention,
      reason: e.details.reason,
      ...(e.details.keyword ? { keyword: e.details.keyword } : {}),
    })),
  };
}

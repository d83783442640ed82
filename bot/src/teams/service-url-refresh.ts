import type { Activity } from 'botbuilder';
import type { Logger } from '../shared/logger';
import type { ChannelBindingStore } from '../centers/channel-binding-store';
import { ttlCache } from './ttl-cache';

/**
 * Keeps the service URL of a team's bindings current (decision 0046). Posts to a center's channel
 * are proactive and go to the URL stored when the channel was bound; Teams may move a tenant to
 * another one, and says so only in the `serviceUrl` of what it sends next. So whatever arrives from
 * a team (a message, a button, a channel event) brings its URL; a URL this process has already
 * written for the team is not written again for a while, so ordinary traffic costs no database work.
 */
export function serviceUrlRefresher(
  channels: Pick<ChannelBindingStore, 'refreshServiceUrl'>,
  logger: Logger,
) {
  const written = ttlCache<string>({ ttlMs: 10 * 60_000, maxEntries: 1_000 });
  return async (activity: Activity): Promise<void> => {
    const teamId = (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    const serviceUrl = activity.serviceUrl;
    if (!teamId || !serviceUrl || written.get(teamId) === serviceUrl) return;
    try {
      const changed = await channels.refreshServiceUrl(teamId, serviceUrl);
      written.set(teamId, serviceUrl);
      if (changed > 0) logger.info('teams.service_url_refreshed', { teamId, serviceUrl, bindings: changed });
    } catch (error) {
      // The next activity from the team tries again; the turn itself goes on.
      logger.warn('teams.service_url_refresh_failed', { teamId, error });
    }
  };
}

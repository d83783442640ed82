import type { CenterMembership } from '../callbacks/callback-deps';
import type { Person } from '../callbacks/callback';
import { AppError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import type { Store } from '../storage/store';
import { toConnectorFailure } from './connector-failure';
import { isBotRemoved, type TeamsSender } from './teams-sender';
import { ttlCache } from './ttl-cache';

/**
 * How long a "yes, a member" from Teams is reused: someone removed from the team can act on the
 * center's callbacks for at most this long after. A "no" is never kept, so someone just added can
 * act at once.
 */
export const membershipTtlMs = 60_000;

/**
 * Membership of a center is membership of the team whose channel is bound to it, asked of Teams:
 * a card can be forwarded or seen by someone who left the team, so nothing the card carries can
 * prove who may act. (Teams answers a channel's member query for the team.)
 *
 * Staff claim, release and close many callbacks in a row, so a member's "yes" is kept briefly,
 * keyed by the verified user ids and the team bound now: the binding is read on every action, so
 * rebinding the center to another team asks Teams again at once.
 *
 * What Teams answers besides yes and no becomes an AppError the card answers in Danish (decision
 * 0043): the bot removed from the team (BOT_NOT_IN_TEAM), or no answer in time (TEAMS_UNAVAILABLE).
 */
export function teamsCenterMembership(
  store: Store,
  sender: Pick<TeamsSender, 'getMember'>,
  options: { logger: Logger; ttlMs?: number; now?: () => number },
): CenterMembership {
  const { logger } = options;
  const members = ttlCache<Person>({
    ttlMs: options.ttlMs ?? membershipTtlMs,
    maxEntries: 10_000,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    async memberOf(centerCode, user, signal) {
      const binding = await store.channels.bindingFor(centerCode);
      if (!binding) return null;
      const teamsUserId = user.teamsUserId ?? user.id;
      const key = `${binding.teamId}\n${user.id}\n${teamsUserId}`;
      const known = members.get(key);
      if (known) return known;
      const member = await sender
        .getMember({
          serviceUrl: binding.serviceUrl,
          conversationId: binding.teamId,
          userId: teamsUserId,
          ...(signal ? { signal } : {}),
        })
        .catch((error: unknown) => {
          const failure = toConnectorFailure(error, signal).toJSON();
          const where = { center: centerCode, teamId: binding.teamId, user: user.id, ...failure };
          if (isBotRemoved(error)) {
            logger.error('teams.bot_not_in_team', where);
            throw new AppError('BOT_NOT_IN_TEAM', `the bot is not in the team bound to ${centerCode}`, {
              centerCode,
            });
          }
          logger.warn('teams.membership_unanswered', where);
          throw new AppError('TEAMS_UNAVAILABLE', `membership in ${centerCode}: ${failure.code}`, {
            centerCode,
            ...failure,
          });
        });
      // Not a member: the sender logged Teams' answer (404 or 400), the use case logs the attempt.
      if (!member) return null;
      if (member.aadObjectId !== undefined && member.aadObjectId !== user.id) {
        logger.warn('teams.member_id_mismatch', { center: centerCode, user: user.id });
        return null;
      }
      const person = { id: user.id, name: member.name ?? user.name };
      members.set(key, person);
      return person;
    },
  };
}

import type { CenterMembership } from '../callbacks/callback-deps';
import type { Store } from '../shared/store-ports';
import type { TeamsSender } from './teams-sender';

/**
 * Membership of a center is membership of the team whose channel is bound to it, asked of Teams
 * for every action: a card can be forwarded or seen by someone who left the team, so nothing the
 * card carries can prove who may act. (Teams answers a channel's member query for the team.)
 */
export function teamsCenterMembership(store: Store, sender: TeamsSender): CenterMembership {
  return {
    async memberOf(centerCode, user) {
      const binding = await store.channels.bindingFor(centerCode);
      if (!binding) return null;
      const member = await sender.getMember({
        serviceUrl: binding.serviceUrl,
        conversationId: binding.teamId,
        userId: user.teamsUserId ?? user.id,
      });
      if (!member || (member.aadObjectId !== undefined && member.aadObjectId !== user.id)) return null;
      return { id: user.id, name: member.name ?? user.name };
    },
  };
}

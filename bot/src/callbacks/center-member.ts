import type { Callback, Person } from './callback';
import type { CallbackDeps } from './callback-deps';

/**
 * The actor as Teams knows them when they are a member of the team bound to the callback's
 * center (asked of Teams, never read from a card), or null, logged with what was attempted.
 * Throws before anything is changed when Teams cannot say (see CenterMembership).
 */
export async function centerMember(
  deps: Pick<CallbackDeps, 'membership' | 'logger'>,
  callback: Callback,
  actor: Person & { teamsUserId?: string },
  attempted: string,
  signal?: AbortSignal,
): Promise<Person | null> {
  const member = await deps.membership.memberOf(callback.centerCode, actor, signal);
  if (!member) {
    deps.logger.warn('callback.not_member', {
      reference: callback.reference,
      center: callback.centerCode,
      user: actor.id,
      attempted,
    });
  }
  return member;
}

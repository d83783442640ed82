import type { AdminChange } from '../admin-log/admin-log-store';
import { bindingMessages as b } from '../texts/bindings';

/**
 * Plain-text notices of a binding change, made from the logged change when they are delivered.
 * They name staff and channels, never a citizen.
 */

/** To the channel the center left. */
export const bindingMovedAwayText = (change: AdminChange): string =>
  b.movedAway(change.centerCode, change.actor.name, change.details.to?.channelName ?? null);

/** To the coordinators' channel. */
export function bindingChangedText(change: AdminChange): string {
  const { from, to, displacedCenter, mention } = change.details;
  const who = change.actor.name;
  const code = change.centerCode;
  const toName = to?.channelName ?? null;
  const head =
    change.action === 'binding.moved'
      ? b.toCoordinators.moved(code, who, from?.channelName ?? null, toName)
      : change.action === 'binding.changed'
        ? b.toCoordinators.changed(code, who, toName, mention)
        : b.toCoordinators.created(code, who, toName);
  return [
    head,
    ...(displacedCenter ? [b.toCoordinators.displaced(displacedCenter)] : []),
    b.toCoordinators.seeLog,
  ].join(' ');
}

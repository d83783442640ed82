import type { Person } from '../callbacks/callback';
import {
  channelRefOf,
  type AdminChange,
  type AdminLogStore,
  type BindingRefusal,
  type ChannelRef,
} from '../admin-log/admin-log-store';
import type { ChannelBinding, ChannelBindingStore, ChannelMention } from './channel-binding-store';
import { decideBinding } from './binding-authority';
import { bindingNotices } from './binding-notices';
import type { Center } from './center';
import { findCenter } from './wave-plan';

/** The pseudo-center of the coordinators' channel, where overdue callbacks are escalated. */
export const coordinatorCode = 'KOORDINATOR';
const coordinatorCenter: Pick<Center, 'code' | 'name'> = {
  code: coordinatorCode,
  name: 'Koordinatorer',
};

export interface ChannelAddress extends ChannelRef {
  /** Who posts should alert: a tag or a person mentioned in the `tilknyt` message. */
  mention?: ChannelMention | null;
}

export type BindOutcome =
  | { kind: 'unknown_center'; code: string }
  | { kind: 'already_bound'; center: Pick<Center, 'code' | 'name'> }
  | {
      kind: 'refused';
      center: Pick<Center, 'code' | 'name'>;
      reason: BindingRefusal;
      /** The channel the center keeps, if any. */
      current: ChannelBinding | null;
      change: AdminChange;
    }
  | {
      kind: 'bound';
      center: Pick<Center, 'code' | 'name'>;
      previous: ChannelBinding | null;
      displaced: ChannelBinding | null;
      change: AdminChange;
    };

export interface BindChannelDeps {
  channels: ChannelBindingStore;
  adminLog: AdminLogStore;
  centers: () => readonly Center[];
  now: () => Date;
  /** BINDING_ADMINS, lower case. */
  admins: readonly string[];
}

/** Who asks: the person shown and logged, and the verified Entra object id the rule checks. */
export interface BindingActor extends Person {
  aadObjectId: string | null;
}

/**
 * `@bot tilknyt CSO` in a standard channel: from now on CSO's callbacks are posted there.
 * Rebinding moves the center to the new channel. Only an administrator may change a binding
 * (binding-authority.ts); every change and every refusal is in the log of administrative changes,
 * and a change is told in the channel the center left and in the coordinators' channel.
 */
export async function bindChannel(
  deps: BindChannelDeps,
  code: string,
  channel: ChannelAddress,
  actor: BindingActor,
): Promise<BindOutcome> {
  const center =
    code.toLocaleUpperCase('da-DK') === coordinatorCode
      ? coordinatorCenter
      : findCenter(deps.centers(), code);
  if (!center) return { kind: 'unknown_center', code };
  const [current, occupant] = await Promise.all([
    deps.channels.bindingFor(center.code),
    deps.channels.bindingOfChannel(channel.channelId),
  ]);
  const sameMention = (current?.mention?.id ?? null) === (channel.mention?.id ?? null);
  if (current?.channelId === channel.channelId && sameMention) return { kind: 'already_bound', center };
  const taken = occupant && occupant.centerCode !== center.code ? occupant : null;
  const person: Person = { id: actor.id, name: actor.name };

  const refuse = async (reason: BindingRefusal): Promise<BindOutcome> => {
    const change = await deps.adminLog.recordAdminChange({
      at: deps.now(),
      actor: person,
      action: 'binding.refused',
      centerCode: center.code,
      details: {
        from: current ? channelRefOf(current) : null,
        to: channelRefOf(channel),
        displacedCenter: taken?.centerCode ?? null,
        mention: channel.mention?.name ?? null,
        reason,
      },
    });
    const kept = await deps.channels.bindingFor(center.code);
    return { kind: 'refused', center, reason, current: kept, change };
  };

  const decision = decideBinding(deps.admins, {
    aadObjectId: actor.aadObjectId,
    centerBound: current !== null,
    channelTaken: taken !== null,
  });
  if (!decision.allowed) return refuse(decision.reason);
  const coordinatorsBound =
    center.code !== coordinatorCode && (await deps.channels.bindingFor(coordinatorCode)) !== null;
  const { previous, displaced, change } = await deps.channels.bindChannel(
    { centerCode: center.code, ...channel, boundBy: person, at: deps.now() },
    {
      firstOnly: decision.firstOnly,
      notices: (c) => bindingNotices(c, { coordinatorsBound, coordinatorCode }),
    },
  );
  // A first binding that lost a race with another: it would now be a move, which needs an administrator.
  if (!change) return refuse('no_admins');
  return { kind: 'bound', center, previous, displaced, change };
}

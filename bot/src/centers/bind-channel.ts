import type { Person } from '../callbacks/callback';
import type { ChannelBinding, ChannelBindingStore, ChannelMention } from '../shared/store-ports';
import type { Center } from './center';
import { findCenter } from './wave-plan';

/** The pseudo-center of the coordinators' channel, where overdue callbacks are escalated. */
export const coordinatorCode = 'KOORDINATOR';
export const coordinatorCenter: Pick<Center, 'code' | 'name'> = {
  code: coordinatorCode,
  name: 'Koordinatorer',
};

export interface ChannelAddress {
  serviceUrl: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  channelName: string | null;
  /** Who posts should alert: a tag or a person mentioned in the `tilknyt` message. */
  mention?: ChannelMention | null;
}

export type BindOutcome =
  | { kind: 'unknown_center'; code: string }
  | { kind: 'already_bound'; center: Pick<Center, 'code' | 'name'> }
  | {
      kind: 'bound';
      center: Pick<Center, 'code' | 'name'>;
      previous: ChannelBinding | null;
      displaced: ChannelBinding | null;
    };

/**
 * `@bot tilknyt CSO` in a standard channel: from now on CSO's callbacks are posted there.
 * Rebinding moves the center to the new channel; the old one is named in the confirmation.
 */
export async function bindChannel(
  deps: { channels: ChannelBindingStore; centers: () => readonly Center[]; now: () => Date },
  code: string,
  channel: ChannelAddress,
  actor: Person,
): Promise<BindOutcome> {
  const center =
    code.toLocaleUpperCase('da-DK') === coordinatorCode
      ? coordinatorCenter
      : findCenter(deps.centers(), code);
  if (!center) return { kind: 'unknown_center', code };
  const current = await deps.channels.bindingFor(center.code);
  const sameMention = (current?.mention?.id ?? null) === (channel.mention?.id ?? null);
  if (current?.channelId === channel.channelId && sameMention) return { kind: 'already_bound', center };
  const { previous, displaced } = await deps.channels.bindChannel({
    centerCode: center.code,
    ...channel,
    boundBy: actor,
    at: deps.now(),
  });
  return { kind: 'bound', center, previous, displaced };
}

/**
 * Danish texts about delivering to Teams: the resend line on a card, the coordinators' notice
 * when a center's channel cannot be reached any more, and what the tab says about it.
 */
import type { UndeliverableReason } from '../outbox/outbox-messages';

export type { UndeliverableReason };

export const deliveryMessages = {
  /** On a card posted again after a failure whose outcome was unknown (decision 0032). */
  resent: 'Genudsendt efter en fejl – kan stå her to gange',
  /** Why a post to a center's channel can never succeed, for the coordinators and the tab. */
  reason: {
    removed: 'Appen er fjernet fra centerets team.',
    channel_gone: 'Centerets kanal findes ikke længere.',
    refused: 'Teams afviste beskeden.',
  } satisfies Record<UndeliverableReason, string>,
  /** To the coordinators' channel, once per center and reason (until the channel is bound again). */
  undeliverable: (center: string, reason: UndeliverableReason, botName: string) =>
    [
      `Tilbagekald til ${center} kan ikke nå centerets kanal i Teams. ${deliveryMessages.reason[reason]}`,
      'Tilbagekaldene er gemt og kan ses i koordinatorfanen under Overblik.',
      reason === 'refused'
        ? 'Kontakt IT-support, hvis det sker igen.'
        : `Tilføj appen til teamet igen, og skriv »@${botName} tilknyt ${center}« i kanalen: så sendes de ventende kort.`,
    ].join(' '),
  revived: (count: number) =>
    count === 1
      ? '1 kort, som ikke kunne sendes, bliver sendt nu.'
      : `${count} kort, som ikke kunne sendes, bliver sendt nu.`,
};

/** Teams' answer to a post that can never succeed, in words a coordinator can act on. */
export function undeliverableReason(failure: { status?: number; code?: string }): UndeliverableReason {
  if (failure.status === 403 && failure.code === 'BotNotInConversationRoster') return 'removed';
  if (failure.status === 404 && failure.code === 'ConversationNotFound') return 'channel_gone';
  return 'refused';
}

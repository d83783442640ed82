import type { Callback } from '../callbacks/callback';
import type { Center } from '../centers/center';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import { formatDateTime } from '../texts/format';
import { centerLabel } from './callback-view';
import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/booking-confirmation.json';

const m = callbackCardMessages.confirmation;

/**
 * What the agent sees after booking. The agent's chat keeps its history longer than retention
 * keeps the citizen's data, so the confirmation carries none of it.
 */
export interface BookingConfirmationView {
  reference: string;
  center: string;
  topic: string;
  timeWindow: string;
  deadline: string;
  /** False while the center has no bound channel: the callback waits, and the agent should know. */
  channelBound: boolean;
}

export function bookingConfirmationView(
  callback: Callback,
  centers: readonly Center[],
  channelBound: boolean,
): BookingConfirmationView {
  return {
    reference: callback.reference,
    center: centerLabel(callback.centerCode, centers),
    topic: callback.topic,
    timeWindow: callback.timeWindow,
    deadline: formatDateTime(callback.deadline),
    channelBound,
  };
}

export const bookingConfirmationCard = (view: BookingConfirmationView): AdaptiveCard =>
  renderCard(template, {
    heading: m.heading,
    readAloud: m.readAloud(view.reference),
    facts: [
      { title: m.reference, value: view.reference },
      { title: callbackMessages.field.centerCode, value: view.center },
      { title: callbackMessages.field.topic, value: view.topic },
      { title: callbackMessages.field.timeWindow, value: view.timeWindow },
      { title: m.deadline, value: view.deadline },
    ],
    noChannel: view.channelBound ? '' : m.noChannel,
    followUp: m.followUp,
  });

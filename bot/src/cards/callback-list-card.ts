import type { Callback } from '../callbacks/callback';
import type { Center } from '../centers/center';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import { formatDateTime } from '../texts/format';
import { centerLabel } from './callback-view';
import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/callback-list.json';

const m = callbackCardMessages.list;

/** One callback in the agent's own list: no citizen data, like the channel card. */
export interface MyCallbackItem {
  reference: string;
  center: string;
  topic: string;
  status: string;
  deadline: string;
}

/** Keeps the card well under Teams' ~28 KB for agents who have booked many. */
export const myCallbacksLimit = 25;

export function myCallbackItem(callback: Callback, centers: readonly Center[]): MyCallbackItem {
  return {
    reference: callback.reference,
    center: centerLabel(callback.centerCode, centers),
    topic: callback.topic,
    status: callbackMessages.status[callback.status],
    deadline: formatDateTime(callback.deadline),
  };
}

/** The callbacks an agent booked, in the order given (newest first is the caller's job). */
export function myCallbacksCard(items: readonly MyCallbackItem[]): AdaptiveCard {
  const shown = items.slice(0, myCallbacksLimit);
  return renderCard(template, {
    heading: m.heading,
    empty: items.length === 0 ? m.empty : '',
    items: shown.map((i) => ({
      title: `${i.reference} · ${i.topic}`,
      line: m.line(i.center, i.status, i.deadline),
    })),
    more: items.length > shown.length ? m.more(shown.length, items.length) : '',
  });
}

import { deliveryMessages, undeliverableReason } from '../texts/delivery';
import type { DeadLetter } from '../outbox/outbox-store';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator, visibleCenters } from './viewer-scope';

/** What the outbox gave up on, as the tab shows it (decision 0034). */
export interface UndeliveredItem {
  id: string;
  /** What was not delivered: the card, an update of it, a reminder... (Danish). */
  what: string;
  reference: string | null;
  centerCode: string | null;
  /** Why, in words a coordinator can act on (Danish). */
  reason: string;
  /** Teams' own answer, for IT. */
  error: string | null;
  attempts: number;
  /** When it was first due. */
  since: Date;
}

const kindLabels: Record<string, string> = {
  post_callback: 'Kort i centerets kanal',
  update_card: 'Opdatering af kortet',
  reminder: 'Påmindelse i tråden',
  notify_agent: 'Besked til den, der bookede',
  escalation: 'Besked om overskredet frist til koordinatorerne',
  undeliverable_notice: 'Besked til koordinatorerne',
};

/** `last_error` is "403 BotNotInConversationRoster: message", as the dispatcher writes it. */
function failureOf(lastError: string | null): { status?: number; code?: string } {
  const head = /^(\d{3})? ?([A-Za-z_]+)?:/.exec(lastError ?? '');
  return {
    ...(head?.[1] ? { status: Number(head[1]) } : {}),
    ...(head?.[2] ? { code: head[2] } : {}),
  };
}

const limit = 200;

/** Coordinators see every dead entry; center staff those of their centers' callbacks. */
export async function listUndelivered(
  deps: StatsDeps,
  viewer: Viewer,
): Promise<{ items: UndeliveredItem[]; truncated: boolean }> {
  const scope = isCoordinator(viewer) ? null : visibleCenters(viewer, deps.centers()).map((c) => c.code);
  const dead: DeadLetter[] = await deps.outbox.deadLetters(scope, limit + 1);
  return {
    items: dead.slice(0, limit).map((d) => ({
      id: d.id,
      what: kindLabels[d.kind] ?? d.kind,
      reference: d.reference,
      centerCode: d.centerCode,
      reason: deliveryMessages.reason[undeliverableReason(failureOf(d.lastError))],
      error: d.lastError,
      attempts: d.attempts,
      since: d.firstDueAt,
    })),
    truncated: dead.length > limit,
  };
}

import type { TeamsChannel, TeamsTeam, TeamsUser } from '../support/teams-fixtures';
import { cardOf, textOf, type Harness } from './harness';

/** Finds the first Action.Execute with this verb in a card and returns its data. */
export function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (v: unknown) => {
    if (found || !v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.verb === verb) found = (o.data as Record<string, unknown>) ?? {};
    Object.values(o).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} in ${textOf(card).slice(0, 400)}`);
  return found;
}

export const citizen = {
  citizenName: 'Karen Sørensen',
  phone: '+45 22 33 44 55',
  topic: 'Madservice efter udskrivning',
  description: 'Udskrevet i går, kan ikke lave mad selv. Datteren hjælper i weekenden.',
  timeWindow: 'I dag eftermiddag',
  urgency: 'normal',
};

/** The agent opens the booking form from a guide and submits it; returns the invoke answer. */
export async function bookFromGuide(
  h: Harness,
  agent: TeamsUser,
  guideId: string,
  fields: Record<string, string> = citizen,
) {
  const { replies } = await h.submit(agent, { verb: 'callback.form', guideId });
  const form = cardOf(replies[0]!);
  const hidden = actionData(form, 'callback.book');
  const answer = await h.press(agent, 'callback.book', { ...hidden, ...fields });
  return { form, hidden, answer };
}

/** The thread the bot started in a channel for a callback, once the dispatcher has posted it. */
export async function postedCard(h: Harness, channel: TeamsChannel, reference: string) {
  await h.emulator.waitFor(
    (r) => r.route === 'createConversation' && r.status < 300 && textOf(r.body).includes(reference),
    10_000,
  );
  const thread = h.emulator.threadsIn(channel.id).find((t) => textOf(t.activity).includes(reference));
  if (!thread) throw new Error(`no thread for ${reference} in ${channel.name}`);
  return {
    thread,
    card: cardOf(thread.activity),
    callbackId: String(actionData(cardOf(thread.activity), 'callback.claim').callbackId),
  };
}

export const inThread = (team: TeamsTeam, channel: TeamsChannel, rootId: string) => ({
  team,
  channel,
  rootId,
});

import { newFormKey } from '../../../bot/src/callbacks/form-key';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCenters } from '../../../bot/src/centers/load-centers';
import { centerStatus } from '../../../bot/src/centers/wave-plan';
import { loadGuides } from '../../../bot/src/guides/load-guides';
import { actionData, citizen } from '../../integration/callback-steps';
import {
  cardOf,
  harnessClient,
  textOf,
  type HarnessClient,
  type InvokeBody,
} from '../../integration/harness';
import { testConfig } from '../../integration/test-app';
import type { ConnectorEmulator } from '../../support/connector-emulator';
import { channelOf, testTeam, testUser, type TeamsTeam, type TeamsUser } from '../../support/teams-fixtures';

/**
 * Agents booking callbacks against one or more app instances while a fault is injected, and the
 * bookkeeping the fault tests assert on: which bookings the agent saw confirmed (acknowledged),
 * which were answered "not saved" (with the form to press again), and what reached Teams.
 */
export interface CenterPlace {
  code: string;
  team: TeamsTeam;
  channelId: string;
}

export type BookingAnswer =
  | { kind: 'acknowledged'; reference: string }
  /** The form came back: the agent is told to press again (`data` is what that press sends). */
  | { kind: 'form_again'; text: string; data: Record<string, unknown> }
  /** Anything else: an HTTP error, an empty body, a card without the form. */
  | { kind: 'broken'; status: number; body: unknown };

const adaptiveCard = 'application/vnd.microsoft.card.adaptive';
const referencesIn = (text: string): string[] => [...new Set(text.match(/\bTB-\d+\b/g) ?? [])];

/** One team with a "Tilbagekald" channel per center that is live today, and the agents. */
export function bookingScene(agentCount: number) {
  const staff = [testUser('Hanne Holm')];
  const agents = Array.from({ length: agentCount }, (_, i) => testUser(`Agent${i + 1} Fejltest`));
  const places: CenterPlace[] = loadCenters(testConfig().knowledge.centersFile)
    .filter((c) => centerStatus(c, new Date()).live)
    .map((center) => {
      const team = testTeam(center.name, ['Tilbagekald'], staff);
      return { code: center.code, team, channelId: channelOf(team, 'Tilbagekald').id };
    });
  const teams = [...places.map((p) => p.team), testTeam('Kontaktcenter', [], agents)];
  return { staff, agents, places, teams };
}

/** Binds every place's channel to its center through the app at `appUrl`. */
export async function bindChannels(
  appUrl: string,
  emulator: ConnectorEmulator,
  member: TeamsUser,
  places: readonly CenterPlace[],
): Promise<void> {
  const client = harnessClient(appUrl, emulator);
  for (const p of places) {
    const { replies } = await client.mention(
      member,
      p.team,
      channelOf(p.team, 'Tilbagekald'),
      `tilknyt ${p.code}`,
    );
    if (!textOf(replies).includes(`tilknyttet ${p.code}`))
      throw new Error(`the channel was not bound to ${p.code}: ${textOf(replies).slice(0, 300)}`);
  }
}

/** The hidden data of a booking form opened from one of the center's guides. */
export async function openBookingForm(
  client: HarnessClient,
  agent: TeamsUser,
  centerCode: string,
): Promise<Record<string, unknown>> {
  const guide = loadGuides(testConfig().knowledge.dir).guides.find((g) => g.center === centerCode);
  const { replies } = guide
    ? await client.submit(agent, { verb: 'callback.form', guideId: guide.id })
    : await client.say(agent, `tilbagekald ${centerCode}`);
  return actionData(cardOf(replies[0]!), 'callback.book');
}

let phone = 0;
/** A new booking on a form: new citizen phone, new idempotency key (a new form, as Teams sends it). */
export const newBooking = (form: Record<string, unknown>): Record<string, unknown> => ({
  ...form,
  ...citizen,
  phone: `2${String(++phone % 10_000_000).padStart(7, '0')}`,
  idempotencyKey: newFormKey(),
});

/** Presses "Book tilbagekald" with `data` and reads the answer as the agent would. */
export async function pressBook(
  client: HarnessClient,
  agent: TeamsUser,
  data: Record<string, unknown>,
): Promise<BookingAnswer> {
  let answer: { status: number; body: InvokeBody };
  try {
    answer = await client.press(agent, 'callback.book', data);
  } catch (error) {
    return { kind: 'broken', status: 0, body: String(error) };
  }
  const body = answer.body;
  if (answer.status !== 200 || body?.type !== adaptiveCard)
    return { kind: 'broken', status: answer.status, body };
  const text = textOf(body.value);
  const [reference] = referencesIn(text);
  const isForm = text.includes('"callback.book"');
  if (reference && !isForm) return { kind: 'acknowledged', reference };
  if (!isForm) return { kind: 'broken', status: answer.status, body };
  // Pressing again sends what the form now holds: its hidden data and the inputs' values.
  return {
    kind: 'form_again',
    text,
    data: { ...actionData(body.value, 'callback.book'), ...inputValues(body.value) },
  };
}

/** The values the inputs of a card show, by input id (what Teams merges into the action data). */
function inputValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
      values[o.id] = typeof o.value === 'string' ? o.value : '';
    Object.values(o).forEach(walk);
  };
  walk(card);
  return values;
}

/** Cards with each reference posted as a thread, over all the places' channels. */
function postedCounts(emulator: ConnectorEmulator, places: readonly CenterPlace[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of places)
    for (const t of emulator.threadsIn(p.channelId))
      for (const ref of referencesIn(JSON.stringify(t.activity))) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  return counts;
}

/** Waits until every reference has a card (or the time is up), then a little longer for late duplicates. */
export async function waitForCards(
  emulator: ConnectorEmulator,
  places: readonly CenterPlace[],
  references: readonly string[],
  timeoutMs: number,
): Promise<Map<string, number>> {
  const until = Date.now() + timeoutMs;
  const missing = () => {
    const counts = postedCounts(emulator, places);
    return references.filter((r) => !counts.has(r));
  };
  while (missing().length > 0 && Date.now() < until) await sleep(200);
  await sleep(1000);
  return postedCounts(emulator, places);
}

/**
 * Each agent books on its own form, one booking every `everyMs`, on the instances in turn, until
 * stop() is called; stop() resolves with every answer.
 */
export function bookingLoad(options: {
  clients: readonly HarnessClient[];
  agents: readonly TeamsUser[];
  forms: readonly Record<string, unknown>[];
  everyMs: number;
}) {
  let running = true;
  const answers: { answer: BookingAnswer; agent: TeamsUser; client: HarnessClient; at: number }[] = [];
  const lanes = options.agents.map(async (agent, i) => {
    await sleep((options.everyMs * i) / options.agents.length);
    for (let k = 0; running; k++) {
      const next = sleep(options.everyMs);
      const client = options.clients[(i + k) % options.clients.length]!;
      const answer = await pressBook(client, agent, newBooking(options.forms[i]!));
      answers.push({ answer, agent, client, at: Date.now() });
      await next;
    }
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(lanes);
      return answers;
    },
  };
}

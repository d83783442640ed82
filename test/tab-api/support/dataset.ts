import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Callback, Person } from '../../../bot/src/callbacks/callback';
import type { CallbackAction } from '../../../bot/src/callbacks/callback-action';
import { applyAction } from '../../../bot/src/callbacks/lifecycle';
import { loadCalendar } from '../../../bot/src/centers/load-calendar';
import { loadCenters } from '../../../bot/src/centers/load-centers';
import { callbackDeadline } from '../../../bot/src/centers/working-days';
import type { Inquiry } from '../../../bot/src/inquiries/inquiry-store';
import type { Store } from '../../../bot/src/storage/store';

/**
 * Builds test data the way the bot writes it: bookings and transitions through the store ports,
 * decided by the real lifecycle rules. Returns the callbacks as stored, for expectations that the
 * test computes on its own.
 */
const repo = path.resolve(__dirname, '..', '..', '..');
export const centers = loadCenters(path.join(repo, 'knowledge', 'centers.yaml'));
export const calendar = loadCalendar(path.join(repo, 'knowledge', 'calendar.yaml'));

export const agent: Person = { id: 'aad-agent-1', name: 'Agnete Agent' };
export const staff = (centerCode: string, n = 1): Person => ({
  id: `aad-staff-${centerCode}-${n}`,
  name: `Medarbejder ${n} ${centerCode}`,
});

export type Step =
  | { at: string; do: 'claim' | 'release' | 'reopen'; by?: Person }
  | { at: string; do: 'close'; by?: Person; outcome?: 'resolved' | 'case_system' }
  | { at: string; do: 'attempt'; by?: Person }
  | { at: string; do: 'move'; to: string; by?: Person };

export interface Story {
  center: string;
  bookedAt: string;
  guideId?: string;
  topic?: string;
  citizen?: { name: string; phone: string; description: string };
  steps?: Step[];
}

let phoneCounter = 20_000_000;
const nextPhone = () => String(++phoneCounter);

/** Books the callback and plays its steps; returns it (and a move's successor) as stored. */
export async function play(store: Store, story: Story): Promise<Callback[]> {
  const center = centers.find((c) => c.code === story.center)!;
  const bookedAt = new Date(story.bookedAt);
  const { callback: booked } = await store.callbacks.bookCallback(
    {
      centerCode: center.code,
      topic: story.topic ?? `Spørgsmål til ${center.code}`,
      guideId: story.guideId ?? null,
      citizen: story.citizen ?? { name: 'Bodil Borger', phone: nextPhone(), description: 'Vil ringes op' },
      timeWindow: 'i dag',
      urgency: 'normal',
      bookedBy: agent,
      bookedAt,
      deadline: deadlineAt(center.code, bookedAt),
      idempotencyKey: randomUUID(),
    },
    [],
  );
  return playOn(store, booked, story.steps ?? []);
}

/** Plays further steps on a stored callback; returns it (and a move's successor) as stored. */
export async function playOn(store: Store, callback: Callback, steps: readonly Step[]): Promise<Callback[]> {
  let current = callback;
  const successors: Callback[] = [];
  for (const step of steps) {
    const at = new Date(step.at);
    const actor = step.by ?? staff(current.centerCode);
    const action: CallbackAction =
      step.do === 'move'
        ? { type: 'move', toCenterCode: step.to, newReference: await store.callbacks.nextReference() }
        : step.do === 'close'
          ? { type: 'close', outcome: step.outcome ?? 'resolved' }
          : step.do === 'attempt'
            ? { type: 'attempt', note: 'no_answer' }
            : { type: step.do };
    const decision = applyAction(current, action, actor, at);
    if (!decision.ok || !decision.changed) throw new Error(`${step.do} on ${current.reference} was refused`);
    const draft = decision.successor;
    const successor = draft
      ? { ...draft, id: randomUUID(), deadline: deadlineAt(draft.centerCode, at) }
      : undefined;
    const saved = await store.callbacks.saveTransition(
      decision.callback,
      current.version,
      decision.event,
      [],
      successor ? { successor } : undefined,
    );
    if (!saved) throw new Error(`${step.do} on ${current.reference} lost a version race`);
    current = (await store.callbacks.getCallback(current.id))!;
    if (successor) successors.push((await store.callbacks.getCallback(successor.id))!);
  }
  return [current, ...successors];
}

const deadlineAt = (centerCode: string, at: Date): Date =>
  callbackDeadline(at, centers.find((c) => c.code === centerCode)!.deadlineWorkingDays, calendar);

export async function playAll(store: Store, stories: readonly Story[]): Promise<Callback[]> {
  const all: Callback[] = [];
  for (const story of stories) all.push(...(await play(store, story)));
  return all;
}

export async function record(store: Store, inquiries: readonly Inquiry[]): Promise<void> {
  for (const inquiry of inquiries) await store.inquiries.recordInquiry(inquiry);
}

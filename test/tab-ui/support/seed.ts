import type { Callback, Person } from '../../../bot/src/callbacks/callback';
import type { CallbackAction } from '../../../bot/src/callbacks/callback-action';
import { applyAction } from '../../../bot/src/callbacks/lifecycle';
import type { Store } from '../../../bot/src/storage/store';
import { cph, seedBinding, seedCallbacks, seedInquiries, type SeedCallback } from './seed-data';

export interface Seeded {
  /** Seed key -> the stored callback (reference, id) as it ended up. */
  callbacks: Map<string, Callback>;
}

/**
 * Writes the seed through the store ports, as the bot's use cases would have: the booking with
 * its first history line, then each claim, attempt and close as a saved transition.
 */
export async function seedStore(store: Store, agent: Person): Promise<Seeded> {
  const callbacks = new Map<string, Callback>();
  for (const seed of seedCallbacks) callbacks.set(seed.key, await seedCallback(store, seed, agent));
  for (const inquiry of seedInquiries) {
    await store.inquiries.recordInquiry({
      at: cph(inquiry.at),
      kind: inquiry.kind,
      userId: inquiry.agentId ?? agent.id,
      ...(inquiry.center ? { centerCode: inquiry.center } : {}),
      ...(inquiry.guideId ? { guideId: inquiry.guideId } : {}),
      ...(inquiry.query ? { queryNormalized: inquiry.query, hitCount: inquiry.hits ?? 0 } : {}),
    });
  }
  await store.channels.bindChannel({
    centerCode: seedBinding.center,
    channelName: seedBinding.channelName,
    serviceUrl: 'http://127.0.0.1:9/teams',
    tenantId: 'tenant-1',
    teamId: '19:team-1@thread.tacv2',
    channelId: '19:channel-cso@thread.tacv2',
    boundBy: agent,
    at: cph('2026-08-20 10:00'),
    mention: null,
  });
  return { callbacks };
}

async function seedCallback(store: Store, seed: SeedCallback, agent: Person): Promise<Callback> {
  let { callback } = await store.callbacks.bookCallback(
    {
      centerCode: seed.center,
      topic: seed.topic,
      guideId: seed.guideId ?? null,
      citizen: seed.citizen,
      timeWindow: 'i dag 10-12',
      urgency: seed.urgency ?? 'normal',
      bookedBy: agent,
      bookedAt: cph(seed.bookedAt),
      deadline: cph(seed.deadline),
      idempotencyKey: `seed-${seed.key}`,
    },
    [],
  );
  const act = async (action: CallbackAction, by: Person, at: string) => {
    const decision = applyAction(callback, action, by, cph(at));
    if (!decision.ok || !decision.changed) throw new Error(`seed ${seed.key}: ${action.type} refused`);
    const saved = await store.callbacks.saveTransition(
      decision.callback,
      callback.version,
      decision.event,
      [],
    );
    if (!saved) throw new Error(`seed ${seed.key}: ${action.type} not saved`);
    callback = decision.callback;
  };
  if (seed.claim) await act({ type: 'claim' }, seed.claim.by, seed.claim.at);
  for (const at of seed.attempts ?? []) await act({ type: 'attempt', note: 'no_answer' }, seed.claim!.by, at);
  if (seed.close) await act({ type: 'close', outcome: seed.close.outcome }, seed.claim!.by, seed.close.at);
  return callback;
}

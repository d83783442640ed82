import type { Center } from '../centers/center';
import { unsavedOutcome, type SavedOutcome } from '../shared/errors';
import { centerStatus, findCenter } from '../centers/wave-plan';
import { callbackDeadline } from '../centers/working-days';
import type { Callback, Person } from './callback';
import type { CallbackDeps } from './callback-deps';
import { validateBooking, type BookingErrors, type BookingField } from './booking-form';
import { enqueueCallbackPost } from './outbox-drafts';

export type BookingOutcome =
  | { kind: 'invalid'; errors: BookingErrors; refused: BookingField[] }
  | { kind: 'unknown_center'; centerCode: string }
  | { kind: 'not_live'; center: Center }
  /** The database could not store it: nothing saved, or unknown (see unsavedOutcome). */
  | { kind: 'not_saved'; saved: SavedOutcome }
  | { kind: 'booked'; callback: Callback; created: boolean; channelBound: boolean };

/**
 * The agent books a callback: validate, check the center is handled, count the deadline in
 * working days, then store the callback, its "post the card" outbox entry, its statistics line and
 * its access-log line together. Nothing is sent to Teams here; the dispatcher does that, so a
 * Teams outage cannot lose a booking.
 */
export async function bookCallback(
  deps: CallbackDeps,
  input: unknown,
  agent: Person,
): Promise<BookingOutcome> {
  const validation = validateBooking(input);
  if (!validation.ok) {
    deps.logger.info('callback.booking_invalid', {
      fields: Object.keys(validation.errors),
      personalData: validation.refused,
      agent: agent.id,
    });
    return { kind: 'invalid', errors: validation.errors, refused: validation.refused };
  }
  const booking = validation.booking;
  const center = findCenter(deps.centers(), booking.centerCode);
  if (!center) return { kind: 'unknown_center', centerCode: booking.centerCode };
  const now = deps.now();
  if (!centerStatus(center, now).live) return { kind: 'not_live', center };

  const citizenKey = deps.citizenKey(booking.phone);
  const stored = await deps.store.callbacks
    .bookCallback(
      {
        centerCode: center.code,
        topic: booking.topic,
        guideId: booking.guideId,
        citizen: { name: booking.citizenName, phone: booking.phone, description: booking.description },
        timeWindow: booking.timeWindow,
        urgency: booking.urgency,
        bookedBy: agent,
        bookedAt: now,
        deadline: callbackDeadline(now, center.deadlineWorkingDays, deps.calendar),
        idempotencyKey: booking.idempotencyKey,
      },
      (booked) => enqueueCallbackPost(booked, now),
      // In the booking's transaction: one commit, and no booking without its statistics and access lines.
      (booked) => ({
        inquiry: {
          at: now,
          kind: 'callback_booked',
          userId: agent.id,
          centerCode: center.code,
          ...(booked.guideId ? { guideId: booked.guideId } : {}),
        },
        accessLog: {
          at: now,
          user: agent,
          action: 'change',
          callbackId: booked.id,
          citizenKey,
          details: { what: 'booked', reference: booked.reference },
        },
      }),
    )
    .catch((error: unknown) => {
      const saved = unsavedOutcome(error);
      if (!saved) throw error;
      deps.logger.error('callback.booking_not_saved', { agent: agent.id, center: center.code, saved, error });
      return { saved };
    });
  if ('saved' in stored) return { kind: 'not_saved', saved: stored.saved };
  const { callback, created } = stored;
  if (created) {
    deps.logger.info('callback.booked', {
      reference: callback.reference,
      center: center.code,
      agent: agent.id,
    });
    deps.outboxChanged();
  } else {
    deps.logger.info('callback.booking_repeated', { reference: callback.reference, agent: agent.id });
  }
  // The booking is stored: a failure from here on must not make the agent think otherwise. When
  // the binding cannot be read, the confirmation just says nothing about the channel.
  const channelBound = await deps.store.channels.bindingFor(center.code).then(
    (binding) => binding !== null,
    (error: unknown) => {
      deps.logger.warn('callback.binding_unread', { reference: callback.reference, error });
      return true;
    },
  );
  return { kind: 'booked', callback, created, channelBound };
}

import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { bookCallback } from '../../callbacks/book-callback';
import { bookingConfirmationCard, bookingConfirmationView } from '../../cards/booking-confirmation-card';
import { bookingFormCard, bookingInputIds, type BookingInputId } from '../../cards/booking-form-card';
import { centerNotLiveCard } from '../../cards/booking-not-live-card';
import { findCenter } from '../../centers/wave-plan';
import { callbackCardMessages as m } from '../../shared/messages/callback-cards';
import type { BotDeps } from '../bot-deps';
import { cardResponse, textResponse } from '../invoke-responses';
import { displayNameCache, resolveActor } from '../turn-helpers';

/**
 * The booking form's submit button. The answer replaces the form: the confirmation, or the
 * same form with the agent's input kept and a Danish message beside each field to fix, or on top
 * when the database could not save it (the same key then books once when pressed again).
 */
export const bookCallbackCard = (deps: BotDeps) => {
  const names = displayNameCache();
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> => {
    const outcome = await bookCallback(deps.callbacks, data, await resolveActor(context, names));
    switch (outcome.kind) {
      case 'invalid':
      case 'not_saved': {
        const errors =
          outcome.kind === 'invalid'
            ? outcome.errors
            : { form: outcome.saved === 'no' ? m.unsaved.booking : m.unsaved.bookingUncertain };
        const center = findCenter(deps.centers(), String(data.centerCode ?? ''));
        if (!center)
          return textResponse(
            m.unknownCenter(
              String(data.centerCode ?? ''),
              deps.centers().map((c) => c.code),
            ),
          );
        const guide = typeof data.guideId === 'string' ? deps.catalog().get(data.guideId) : undefined;
        return cardResponse(
          bookingFormCard({
            center,
            guide: guide ?? null,
            idempotencyKey: typeof data.idempotencyKey === 'string' ? data.idempotencyKey : '',
            values: keptValues(data),
            errors,
          }),
        );
      }
      case 'unknown_center':
        return textResponse(
          m.unknownCenter(
            outcome.centerCode,
            deps.centers().map((c) => c.code),
          ),
        );
      case 'not_live':
        return cardResponse(centerNotLiveCard(outcome.center));
      case 'booked':
        return cardResponse(
          bookingConfirmationCard(
            bookingConfirmationView(outcome.callback, deps.centers(), outcome.channelBound),
          ),
        );
    }
  };
};

function keptValues(data: Record<string, unknown>): Partial<Record<BookingInputId, string>> {
  const values: Partial<Record<BookingInputId, string>> = {};
  for (const id of Object.keys(bookingInputIds) as BookingInputId[]) {
    const value = data[bookingInputIds[id]];
    if (typeof value === 'string') values[id] = value;
  }
  return values;
}

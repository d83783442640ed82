import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { bookCallback } from '../../callbacks/book-callback';
import { bookingConfirmationCard, bookingConfirmationView } from '../../cards/booking-confirmation-card';
import { bookingFormCard, keptBookingValues } from '../../cards/booking-form-card';
import { formKeyPattern } from '../../callbacks/form-key';
import { centerNotLiveCard } from '../../cards/booking-not-live-card';
import { findCenter } from '../../centers/wave-plan';
import { callbackCardMessages as m } from '../../texts/callback-cards';
import type { BotDeps } from '../bot-deps';
import { cardResponse, textResponse } from '../invoke-responses';
import { displayNameCache, resolveActor } from '../turn-helpers';
import { learningFrom } from '../guide-use';

/**
 * The booking form's submit button. The answer replaces the form: the confirmation, or the
 * same form with the agent's input kept and a Danish message beside each field to fix, or on top
 * when the database could not save it (the same key then books once when pressed again). A field
 * refused for holding a CPR or phone number comes back empty: the form stays in the agent's chat.
 */
export const bookCallbackCard = (deps: BotDeps) => {
  const names = displayNameCache();
  return async (
    context: TurnContext,
    data: Record<string, unknown>,
    budget: AbortSignal,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const agent = await resolveActor(context, names, { ...deps, signal: budget });
    const outcome = await bookCallback(deps.callbacks, data, agent);
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
            // Only a key of the server's own format goes back into Teams.
            idempotencyKey: formKeyOf(data),
            values: keptBookingValues(data, outcome.kind === 'invalid' ? outcome.refused : []),
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
        await learningFrom(deps, context).used(outcome.callback.guideId, 'booked');
        return cardResponse(
          bookingConfirmationCard(
            bookingConfirmationView(outcome.callback, deps.centers(), outcome.channelBound),
          ),
        );
    }
  };
};

function formKeyOf(data: Record<string, unknown>): string {
  const key = data.idempotencyKey;
  return typeof key === 'string' && formKeyPattern.test(key) ? key : '';
}

import type { TurnContext } from 'botbuilder';
import { newFormKey } from '../../callbacks/form-key';
import { bookingFormCard } from '../../cards/booking-form-card';
import { centerNotLiveCard } from '../../cards/booking-not-live-card';
import { centerStatus, findCenter } from '../../centers/wave-plan';
import { callbackCardMessages as m } from '../../texts/callback-cards';
import { guideMessages } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { sendCard } from '../turn-helpers';

/**
 * Opens the booking form for a center, from `tilbagekald CSO` or from a guide's "Book
 * tilbagekald" button (center and topic then come from the guide). A center the contact center
 * does not handle yet gets the transfer notice instead.
 */
export const callbackForm =
  (deps: BotDeps) =>
  async (context: TurnContext, request: { centerCode: string | null; guideId?: string }): Promise<void> => {
    const guide = request.guideId ? deps.catalog().get(request.guideId) : undefined;
    if (request.guideId && !guide) {
      await context.sendActivity(guideMessages.guideNotFound(request.guideId));
      return;
    }
    const code = guide?.center ?? request.centerCode;
    const codes = deps.centers().map((c) => c.code);
    if (!code) {
      await context.sendActivity(m.chooseCenter(codes));
      return;
    }
    const center = findCenter(deps.centers(), code);
    if (!center) {
      await context.sendActivity(m.unknownCenter(code, codes));
      return;
    }
    if (!centerStatus(center, deps.now()).live) {
      await sendCard(context, centerNotLiveCard(center));
      return;
    }
    // A fresh key per form: submitting this form twice books once; a new form books anew.
    await sendCard(context, bookingFormCard({ center, guide: guide ?? null, idempotencyKey: newFormKey() }));
  };

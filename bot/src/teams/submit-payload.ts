import { z } from 'zod';
import { cardVerbs } from '../cards/card-verbs';

/** Data of Action.Submit buttons (they arrive as a message with `value` and no text), per the registry. */
const { showGuide, bookingForm } = cardVerbs;
export const submitPayload = z.discriminatedUnion('verb', [
  showGuide.data.extend({ verb: z.literal(showGuide.verb) }),
  bookingForm.data.extend({ verb: z.literal(bookingForm.verb) }),
]);

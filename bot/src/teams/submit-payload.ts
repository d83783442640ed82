import { z } from 'zod';

/** Data of Action.Submit buttons (they arrive as a message with `value` and no text). */
export const submitPayload = z.discriminatedUnion('verb', [
  z.object({
    verb: z.literal('guide.show'),
    guideId: z.string().min(1).max(100),
    /** Which part of a long guide ("Næste del"); the card's template sends it as text. */
    part: z.coerce.number().int().min(1).max(1000).optional(),
  }),
  z.object({ verb: z.literal('callback.form'), guideId: z.string().min(1).max(100).optional() }),
]);
export type SubmitPayload = z.infer<typeof submitPayload>;

import { z } from 'zod';

/** Data of Action.Submit buttons (they arrive as a message with `value` and no text). */
export const submitPayload = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('guide.show'), guideId: z.string().min(1).max(100) }),
  z.object({ verb: z.literal('callback.form'), guideId: z.string().min(1).max(100).optional() }),
]);
export type SubmitPayload = z.infer<typeof submitPayload>;

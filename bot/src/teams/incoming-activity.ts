import { z } from 'zod';

/**
 * The least an activity must have for the bot to act on it. botbuilder would otherwise throw
 * outside its own error handling on some malformed bodies, so the edge checks first.
 */
export const incomingActivity = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.url().optional(),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }).optional(),
  text: z.string().max(10_000).optional(),
});

import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1) });

/**
 * What every activity Teams sends has, checked before any turn runs. botbuilder trusts the body:
 * without `recipient` a message crashed its turn after seconds of work instead of being refused.
 * The fields are the ones the Bot Framework protocol requires of an incoming activity.
 */
export const incomingActivity = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  from: account,
  recipient: account,
  conversation: account,
  text: z.string().max(10_000).optional(),
});

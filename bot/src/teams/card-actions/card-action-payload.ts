import { z } from 'zod';
import { attemptNotes } from '../../callbacks/callback-action';
import { closeOutcomes } from '../../callbacks/callback';

/** Data of Action.Execute buttons: ids and a version only, plus the card's input values. */
const callbackRef = { callbackId: z.string().min(1).max(64), version: z.coerce.number().int().optional() };

export const callbackActionData = {
  'callback.claim': z.object(callbackRef),
  'callback.release': z.object(callbackRef),
  'callback.reopen': z.object(callbackRef),
  'callback.refresh': z.object(callbackRef),
  'callback.attempt': z.object({ ...callbackRef, note: z.enum(attemptNotes) }),
  'callback.close': z.object({ ...callbackRef, outcome: z.enum(closeOutcomes) }),
  'callback.move': z.object({ ...callbackRef, toCenterCode: z.string().trim().min(1).max(12) }),
} as const;

export const solvedData = z.object({ guideId: z.string().min(1).max(100) });
export const referredData = z.object({ referralId: z.string().min(1).max(100) });

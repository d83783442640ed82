import { z } from 'zod';
import { closeOutcomes } from '../callbacks/callback';
import { attemptNotes } from '../callbacks/callback-action';

/**
 * Every button the bot's cards carry, with the data it sends: the one registry the card builders
 * put into the cards and the Teams adapter checks incoming actions against. Action.Execute
 * buttons arrive as invokes, Action.Submit buttons as messages with a `value`.
 *
 * Cards already posted in channels stay there for weeks: whatever they send keeps being accepted.
 * Callback cards posted before December 2026 also send the callback's `version`, which nothing
 * reads (the lifecycle decides on the stored state): it is accepted and ignored.
 */
const callbackRef = {
  callbackId: z.string().min(1).max(64),
  version: z.unknown().optional(),
};
const guideId = z.string().min(1).max(100);

const execute = <V extends string, S extends z.ZodType>(verb: V, data: S) => ({
  verb,
  data,
  kind: 'execute' as const,
});
const submit = <V extends string, S extends z.ZodType>(verb: V, data: S) => ({
  verb,
  data,
  kind: 'submit' as const,
});

export const cardVerbs = {
  claim: execute('callback.claim', z.object(callbackRef)),
  release: execute('callback.release', z.object(callbackRef)),
  reopen: execute('callback.reopen', z.object(callbackRef)),
  refresh: execute('callback.refresh', z.object(callbackRef)),
  attempt: execute('callback.attempt', z.object({ ...callbackRef, note: z.enum(attemptNotes) })),
  close: execute('callback.close', z.object({ ...callbackRef, outcome: z.enum(closeOutcomes) })),
  move: execute(
    'callback.move',
    z.object({ ...callbackRef, toCenterCode: z.string().trim().min(1).max(12) }),
  ),
  /** The booking form's fields; the booking use case checks each and answers field by field. */
  book: execute('callback.book', z.record(z.string(), z.unknown())),
  solved: execute('inquiry.solved', z.object({ guideId })),
  referred: execute('inquiry.referred', z.object({ referralId: z.string().min(1).max(100) })),
  showGuide: submit(
    'guide.show',
    z.object({
      guideId,
      /** Which part of a long guide ("Næste del"); the card's template sends it as text. */
      part: z.coerce.number().int().min(1).max(1000).optional(),
    }),
  ),
  bookingForm: submit('callback.form', z.object({ guideId: guideId.optional() })),
} as const;

export type CardVerbName = keyof typeof cardVerbs;
export type ExecuteVerbName = {
  [N in CardVerbName]: (typeof cardVerbs)[N]['kind'] extends 'execute' ? N : never;
}[CardVerbName];
export type CardVerbData<N extends CardVerbName> = z.infer<(typeof cardVerbs)[N]['data']>;

/** The verb strings by name, as the card templates use them (`${verbs.claim}`). */
export const verbStrings = Object.fromEntries(
  Object.entries(cardVerbs).map(([name, v]) => [name, v.verb]),
) as { [N in CardVerbName]: (typeof cardVerbs)[N]['verb'] };

/** Which registered button sent `verb`, if any. */
export function cardVerbNamed(verb: string): CardVerbName | undefined {
  return (Object.keys(cardVerbs) as CardVerbName[]).find((name) => cardVerbs[name].verb === verb);
}

/** The callback card's buttons (templates/callback-card.json). */
export const callbackVerbs = {
  claim: cardVerbs.claim.verb,
  release: cardVerbs.release.verb,
  attempt: cardVerbs.attempt.verb,
  close: cardVerbs.close.verb,
  reopen: cardVerbs.reopen.verb,
  move: cardVerbs.move.verb,
  refresh: cardVerbs.refresh.verb,
} as const;

import { z } from 'zod';
import { callbackMessages } from '../texts/callbacks';
import { urgencies } from './callback';
import { containsCprCandidate } from '../privacy/cpr-candidate';
import { containsPhoneCandidate } from '../privacy/phone-candidate';
import { cleanLine, cleanMultiline } from './clean-text';
import { formKeyPattern } from './form-key';
import { normalizeDanishPhone } from './phone';

const m = callbackMessages.errors;

export const bookingLimits = {
  citizenName: { min: 2, max: 100 },
  topic: 120,
  description: 1000,
  timeWindow: 80,
} as const;

// Empty after cleaning counts as missing, so an agent who typed only spaces is told what to write.
const asLine = (v: unknown) => (typeof v === 'string' ? cleanLine(v) || undefined : v);
const asMultiline = (v: unknown) => (typeof v === 'string' ? cleanMultiline(v) || undefined : v);

// Personal numbers are refused before this schema runs, for every field (personalDataErrors).
const freeText = (required: string) => z.string({ error: required });

const phone = z.string({ error: m.phoneRequired }).transform((v, ctx) => {
  const normalized = normalizeDanishPhone(v);
  if (normalized !== null) return normalized;
  ctx.addIssue({ code: 'custom', message: m.phoneInvalid });
  return z.NEVER;
});

const { citizenName, topic, description, timeWindow } = bookingLimits;

/** The booking form card's fields, as Teams sends them in `activity.value` (extra keys are ignored). */
export const bookingSchema = z.object({
  citizenName: z.preprocess(
    asLine,
    freeText(m.citizenNameRequired)
      .min(citizenName.min, m.citizenNameLength(citizenName.min, citizenName.max))
      .max(citizenName.max, m.citizenNameLength(citizenName.min, citizenName.max)),
  ),
  phone: z.preprocess(asLine, phone),
  centerCode: z.preprocess(
    asLine,
    z
      .string({ error: m.centerRequired })
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(/^\p{Lu}{2,10}$/u, m.centerInvalid)),
  ),
  topic: z.preprocess(asLine, freeText(m.topicRequired).max(topic, m.tooLong(topic))),
  description: z.preprocess(
    asMultiline,
    freeText(m.descriptionRequired).max(description, m.tooLong(description)),
  ),
  timeWindow: z.preprocess(
    asLine,
    freeText('')
      .max(timeWindow, m.tooLong(timeWindow))
      .optional()
      .transform((v) => v ?? callbackMessages.defaultTimeWindow),
  ),
  urgency: z.preprocess(
    asLine,
    z
      .enum(urgencies, { error: m.urgencyInvalid })
      .optional()
      .transform((v) => v ?? 'normal'),
  ),
  guideId: z.preprocess(
    asLine,
    z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/, m.guideInvalid)
      .optional()
      .transform((v) => v ?? null),
  ),
  // The form card carries a random key, so a double submit books one callback, not two.
  idempotencyKey: z.preprocess(
    asLine,
    z.string({ error: m.formExpired }).regex(formKeyPattern, m.formExpired),
  ),
});

type BookingRequest = z.output<typeof bookingSchema>;
export type BookingField = keyof BookingRequest;

/** `form` is for a problem with the submission as a whole, shown above the fields. */
export type BookingErrors = Partial<Record<BookingField | 'form', string>>;

/** `refused`: fields that held a personal number; their text must not be shown again. */
export type BookingValidation =
  { ok: true; booking: BookingRequest } | { ok: false; errors: BookingErrors; refused: BookingField[] };

/** The fields everybody in the center's channel reads: the phone number has its own, private field. */
const channelFields: readonly BookingField[] = ['topic', 'timeWindow'];

const bookingFields = Object.keys(bookingSchema.shape) as BookingField[];
/** Carried hidden by the form card, never typed: a number there means a tampered form. */
const hiddenFields: readonly BookingField[] = ['centerCode', 'guideId', 'idempotencyKey'];

const cprRefusal = (field: BookingField) =>
  hiddenFields.includes(field) ? m.formExpired : m.containsCpr(callbackMessages.field[field]);

/**
 * The personal-number rules (decision 0020), on every field of the form, each on its own, so a
 * field added later is covered without a line here: a CPR number anywhere, a phone number in the
 * fields the channel reads. Run on the text as sent, before any cleaning.
 */
function personalDataErrors(input: Record<string, unknown>): BookingErrors {
  const errors: BookingErrors = {};
  for (const field of bookingFields) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    if (containsCprCandidate(value)) errors[field] = cprRefusal(field);
    else if (channelFields.includes(field) && containsPhoneCandidate(value))
      errors[field] = m.containsPhone(callbackMessages.field[field]);
  }
  return errors;
}

/** Validates the submitted form; each invalid field gets one Danish message to show beside it. */
export function validateBooking(input: unknown): BookingValidation {
  const personal =
    input !== null && typeof input === 'object' ? personalDataErrors(input as Record<string, unknown>) : {};
  const refused = Object.keys(personal) as BookingField[];
  const parsed = bookingSchema.safeParse(input ?? {});
  if (parsed.success && refused.length === 0) return { ok: true, booking: parsed.data };
  // The personal-number refusal wins over any other error on the same field: it is the one that matters.
  const errors: BookingErrors = { ...personal };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    const key = typeof field === 'string' && field in bookingSchema.shape ? (field as BookingField) : 'form';
    errors[key] ??= key === 'form' ? m.formExpired : issue.message;
  }
  return { ok: false, errors, refused };
}

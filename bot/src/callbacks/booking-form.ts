import { z } from 'zod';
import { callbackMessages } from '../shared/messages/callbacks';
import { urgencies } from './callback';
import { cleanLine, cleanMultiline } from './clean-text';
import { containsCpr } from './cpr';
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

/** Free text that may be stored: the CPR check runs first, as it is the error that matters most. */
const freeText = (required: string) =>
  z.string({ error: required }).refine((v) => !containsCpr(v), m.containsCpr);

const phone = z.string({ error: m.phoneRequired }).transform((v, ctx) => {
  const normalized = normalizeDanishPhone(v);
  if (normalized !== null) return normalized;
  ctx.addIssue({ code: 'custom', message: containsCpr(v) ? m.containsCpr : m.phoneInvalid });
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
    z.string({ error: m.formExpired }).regex(/^[\w-]{8,100}$/, m.formExpired),
  ),
});

export type BookingRequest = z.output<typeof bookingSchema>;
export type BookingField = keyof BookingRequest;

/** `form` is for a problem with the submission as a whole, shown above the fields. */
export type BookingErrors = Partial<Record<BookingField | 'form', string>>;

export type BookingValidation = { ok: true; booking: BookingRequest } | { ok: false; errors: BookingErrors };

/** Validates the submitted form; each invalid field gets one Danish message to show beside it. */
export function validateBooking(input: unknown): BookingValidation {
  const parsed = bookingSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, booking: parsed.data };
  const errors: BookingErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    const key = typeof field === 'string' && field in bookingSchema.shape ? (field as BookingField) : 'form';
    errors[key] ??= key === 'form' ? m.formExpired : issue.message;
  }
  return { ok: false, errors };
}

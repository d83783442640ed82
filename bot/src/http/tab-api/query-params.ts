import { z } from 'zod';
import { callbackStatuses } from '../../callbacks/callback';
import { AppError } from '../../shared/errors';
import type { Period } from '../../coordinator/stats-store';
import { startOfLocalDate } from '../../coordinator/local-calendar';
import { defaultPeriod, maxPeriodDays, periodDays } from '../../coordinator/period';
import { tabMessages } from './tab-messages';

/**
 * The tab API's query parameters, validated at the edge. Each schema's issues name the
 * parameter, which the Danish message repeats with a hint on what is accepted.
 */
const hints = tabMessages.hints;

const localDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = z.iso.datetime({ offset: true });

/** An ISO 8601 instant, or a date meaning local (Copenhagen) midnight at its start. */
const instant = z
  .string()
  .trim()
  .refine((v) => (localDate.test(v) ? !Number.isNaN(Date.parse(v)) : isoInstant.safeParse(v).success), {
    message: hints.instant,
  })
  .transform((v) => (localDate.test(v) ? startOfLocalDate(v) : new Date(v)));

const codes = z
  .string()
  .trim()
  .max(200)
  .transform((v) =>
    v
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((c) => /^\p{L}{2,12}$/u.test(c)), { message: hints.center });

const flag = z.enum(['true', 'false'], { message: hints.flag }).transform((v) => v === 'true');

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, hints.number)
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: hints.number });

const statuses = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(callbackStatuses, { message: hints.status })));

const periodParams = { from: instant.optional(), to: instant.optional() };

export const overviewParams = z.object({
  ...periodParams,
  bucket: z.enum(['day', 'week'], { message: hints.bucket }).optional(),
  center: codes.optional(),
});

export const gapsParams = z.object(periodParams);

export const callbackListParams = z.object({
  ...periodParams,
  center: codes.optional(),
  status: statuses.optional(),
  overdue: flag.optional(),
  q: z.string().max(100, hints.text).optional(),
  citizen: z.string().max(100, hints.text).optional(),
  limit: whole(1, 500).optional(),
  offset: whole(0, 10_000_000).optional(),
});

export const callbackCsvParams = callbackListParams.omit({ limit: true, offset: true }).extend({
  personal: flag.optional(),
});

export const adminLogParams = z.object({
  limit: whole(1, 500).optional(),
  offset: whole(0, 10_000_000).optional(),
});

/**
 * A citizen named by phone number: the access-log search, `GET /api/tab/citizen-data?phone=` and
 * the body of `POST /api/tab/citizen-data/erase`.
 */
export const phoneParams = z.object({
  phone: z.string({ message: hints.phone }).trim().min(1, hints.phone).max(40),
});

/** Parses the query string; a bad value is PAYLOAD_INVALID with a Danish message naming it. */
export function parseQuery<S extends z.ZodType>(schema: S, url: string | undefined): z.output<S> {
  const params = new URL(url ?? '/', 'http://tab.local').searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw) && value !== '') raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'forespørgsel');
  throw invalid(name, issue.message);
}

/** Parses a JSON request body the same way: a bad or missing field names itself in Danish. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(typeof body === 'object' && body !== null ? body : {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw invalid(String(issue.path[0] ?? 'body'), issue.message);
}

const invalid = (name: string, hint: string) =>
  new AppError('PAYLOAD_INVALID', `query parameter ${name}: ${hint}`, {
    message: tabMessages.invalidParameter(name, hint),
  });

/**
 * The statistics period: both ends given, or defaults (the last 30 local days; one end alone
 * keeps that length). Reversed or longer than `maxPeriodDays` is refused.
 */
export function periodFrom(params: { from?: Date; to?: Date }, now: Date): Period {
  const fallback = defaultPeriod(now);
  const span = fallback.to.getTime() - fallback.from.getTime();
  const to = params.to ?? (params.from ? new Date(params.from.getTime() + span) : fallback.to);
  const from = params.from ?? new Date(to.getTime() - span);
  const period = { from, to };
  if (from >= to || periodDays(period) > maxPeriodDays) throw invalid('from', hints.period);
  return period;
}

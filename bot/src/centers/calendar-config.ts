import { z } from 'zod';
import { AppError } from '../shared/errors';

type Hours = { open: string; close: string } | null;

/** Opening hours and half days of the municipality, in Copenhagen wall time ('HH:MM'). */
export interface CalendarConfig {
  /** Keyed like Date#getDay: 0 = Sunday ... 6 = Saturday; null = closed that weekday. */
  openingHours: Record<1 | 2 | 3 | 4 | 5 | 6 | 0, Hours>;
  /** Closing time on 31 Dec, 5 Jun (grundlovsdag) and 1 May; null = an ordinary day. */
  halfDays: { dec31: string | null; jun5: string | null; may1: string | null };
}

export const defaultCalendarConfig: CalendarConfig = {
  openingHours: {
    1: { open: '08:00', close: '15:00' },
    2: { open: '08:00', close: '15:00' },
    3: { open: '08:00', close: '15:00' },
    4: { open: '08:00', close: '15:00' },
    5: { open: '08:00', close: '13:00' },
    6: null,
    0: null,
  },
  halfDays: { dec31: '12:00', jun5: '12:00', may1: '12:00' },
};

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM (00:00-23:59)');
const hours = z
  .object({ open: clock, close: clock })
  .refine((h) => h.open < h.close, 'open must be before close')
  .nullable();

const calendarConfigSchema = z
  .object({
    openingHours: z.object({ 0: hours, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: hours }),
    halfDays: z.object({ dec31: clock.nullable(), jun5: clock.nullable(), may1: clock.nullable() }),
  })
  .refine((c) => Object.values(c.openingHours).some((h) => h !== null), {
    message: 'at least one weekday must be open',
    path: ['openingHours'],
  });

/** Validates a calendar configuration from outside (file or environment); a bad value names its path. */
export function parseCalendarConfig(raw: unknown, setting = 'CALENDAR'): CalendarConfig {
  const result = calendarConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', `${setting}.${issue.path.join('.')}: ${issue.message}`, { setting });
  }
  return result.data;
}

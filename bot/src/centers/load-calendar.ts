import fs from 'node:fs';
import { parse } from 'yaml';
import { AppError } from '../shared/errors';
import { defaultCalendarConfig, parseCalendarConfig, type CalendarConfig } from './calendar-config';

/** Opening hours and half days from CALENDAR_FILE; without the file, Mon-Thu 8-15 and Fri 8-13. */
export function loadCalendar(file: string): CalendarConfig {
  if (!fs.existsSync(file)) return defaultCalendarConfig;
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `${file}: ${(e as Error).message}`, { setting: 'CALENDAR_FILE' });
  }
  return parseCalendarConfig(raw, 'CALENDAR_FILE');
}

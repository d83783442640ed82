// The card's own formatting (22 33 44 55), so the tab shows a number as the holder's card does.
export { formatPhone } from '../../bot/src/callbacks/phone';
import { timeZone } from './period';
import { texts } from './texts';

/** Danish number, date and duration formats, always in Copenhagen time. */
const count = new Intl.NumberFormat('da-DK');
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('da-DK', {
  timeZone,
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const time = new Intl.DateTimeFormat('da-DK', { timeZone, hour: '2-digit', minute: '2-digit' });
const longDate = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDate = new Intl.DateTimeFormat('da-DK', { timeZone, day: 'numeric', month: 'short' });

export const formatCount = (n: number): string => count.format(n);

export const formatPercent = (rate: number | null): string =>
  rate === null ? texts.noValue : percent.format(rate);

/** Working minutes as "45 min" or "2 t 5 min"; whole minutes are precise enough to act on. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return texts.noValue;
  const total = Math.round(minutes);
  if (total < 60) return texts.duration.minutes(total);
  return texts.duration.hours(Math.floor(total / 60), total % 60);
}

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

export const formatTime = (iso: string): string => time.format(new Date(iso));

/** A calendar date (YYYY-MM-DD) as "1. december 2026"; anything else is shown as it came. */
export function formatLocalDate(date: string | null): string {
  if (!date) return texts.noValue;
  const at = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return isNaN(at.getTime()) ? date : longDate.format(at);
}

/** A chart label for a trend bucket: "25. nov." */
export const formatBucketStart = (iso: string): string => shortDate.format(new Date(iso));

export const personName = (person: { name: string } | string | null | undefined): string =>
  person === null || person === undefined ? texts.noValue : typeof person === 'string' ? person : person.name;

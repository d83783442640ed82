/** Danish presentation of dates and times, always in Copenhagen time. */
const dateFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** "31. januar 2027" from a Date or a YYYY-MM-DD string. */
export const formatDate = (d: Date | string): string =>
  dateFormat.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);

/** "torsdag 3. december kl. 15.00". */
export const formatDateTime = (d: Date): string => dateTimeFormat.format(d);

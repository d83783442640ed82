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

// A no-break space after the day's dot: "1. november" opening a card text would otherwise be read
// as a Markdown numbered list by Teams, and a date or phone number should not wrap mid-way.
const keepTogether = (text: string): string => text.replace(/(\d)\. /g, '$1.\u00a0');

/** "31. januar 2027" from a Date or a YYYY-MM-DD string. */
export const formatDate = (d: Date | string): string =>
  keepTogether(dateFormat.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d));

/** "torsdag 3. december kl. 15.00". */
export const formatDateTime = (d: Date): string => keepTogether(dateTimeFormat.format(d));

/** "45 97 34 00" that never breaks across lines. */
export const formatUnitPhone = (phone: string): string => phone.replace(/ /g, '\u00a0');

/**
 * Dates typed and shown the Danish way (16.11.2026), whatever the browser's language: a native
 * date field follows the browser's locale (an English Chrome shows 11/16/2026), which misleads
 * Danish users about day and month. Values stay ISO (2026-11-16) everywhere else.
 */

/** '16.11.2026', '16-11-2026', '16/11/2026', '1.2.2026' or ISO '2026-11-16' -> '2026-11-16'; else null. */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : danish
      ? [danish[3]!, danish[2]!.padStart(2, '0'), danish[1]!.padStart(2, '0')]
      : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month}-${day}`;
  const at = new Date(`${value}T00:00:00Z`);
  // Date.parse accepts 31 February by rolling over; a real date reads back the same.
  return !isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value ? value : null;
}

/** '2026-11-16' -> '16.11.2026'; anything else as it came (a half-typed date stays as typed). */
export function formatDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

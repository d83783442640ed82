import type { Center } from './center';
import { copenhagenDate } from './copenhagen-time';

/** Where a center stands in the rollout: handled by the contact center, or not yet. */
export type CenterStatus = { live: true } | { live: false; daysUntilHandover: number };

export function centerStatus(center: Center, now: Date): CenterStatus {
  // Handover happens at local midnight.
  const today = copenhagenDate(now);
  if (today >= center.handoverDate) return { live: true };
  const days = Math.round((Date.parse(center.handoverDate) - Date.parse(today)) / 86_400_000);
  return { live: false, daysUntilHandover: days };
}

/** Looks up a center by code, case-insensitively ("cøi" finds CØI). */
export function findCenter(centers: readonly Center[], code: string): Center | undefined {
  const wanted = code.trim().toLocaleUpperCase('da-DK');
  return centers.find((c) => c.code === wanted);
}

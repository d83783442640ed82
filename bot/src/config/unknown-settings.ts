import { boundedDistance } from '../shared/edit-distance';

/**
 * Settings that are set but read by nothing, yet look like one that is: a misspelt or half-named
 * setting ("TEAMS_TIMEOUT_MS" for OUTBOX_TEAMS_TIMEOUT_MS) is otherwise silently ignored, and the
 * default it leaves in place is only found when something behaves unexpectedly. Other variables
 * of the environment (PATH, PGHOST, npm_config_…) are not ours and are left alone.
 */
export function unknownSettings(
  env: Record<string, string | undefined>,
  known: readonly string[],
): { setting: string; meant: string[] }[] {
  const knownSet = new Set(known);
  const names = [...knownSet];
  const found: { setting: string; meant: string[] }[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || knownSet.has(name) || !/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    // "TEAMS_TIMEOUT_MS" may be the outbox's or the turn's: every candidate is named.
    const meant = names.filter((k) => resembles(name, k));
    if (meant.length > 0) found.push({ setting: name, meant });
  }
  return found;
}

/**
 * One is the other with words cut off or added at an underscore (words, not one: "NODE", which npm
 * sets, is not NODE_ENV cut short), or a slip of the keys.
 */
function resembles(name: string, known: string): boolean {
  const [short, long] = name.length < known.length ? [name, known] : [known, name];
  if (short.includes('_') && (long.endsWith(`_${short}`) || long.startsWith(`${short}_`))) return true;
  // A slip per six letters: DATABSE_URL, RETENTION_DAY; but PGPORT is not PORT.
  const slips = Math.floor(Math.min(name.length, known.length) / 6);
  return boundedDistance(name, known, slips) <= slips;
}

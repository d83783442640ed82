import { normalizeTypedPhone } from '../callbacks/phone';
import { AppError } from '../shared/errors';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

/**
 * The gate of every request about one citizen: coordinators only, and a Danish phone number in
 * any spelling the booking form accepts. Returns the number normalized and the citizen's key in
 * the access log.
 */
export function citizenRequest(
  deps: Pick<StatsDeps, 'citizenKey'>,
  viewer: Viewer,
  phone: string,
  what: 'access_log' | 'citizen_data',
): { phone: string; citizenKey: string } {
  if (!isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', `user ${viewer.id} may not use the ${what}`, {
      reason: what === 'access_log' ? 'coordinators_only' : 'citizen_data',
    });
  }
  const normalized = normalizeTypedPhone(phone);
  if (!normalized) throw new AppError('PHONE_INVALID', 'not a Danish phone number');
  return { phone: normalized, citizenKey: deps.citizenKey(normalized) };
}

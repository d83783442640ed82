import type { Center } from '../centers/center';
import { findCenter } from '../centers/wave-plan';
import { AppError } from '../shared/errors';
import { canAccessCenter, type RoleGrant } from './roles';

/** Coordinators see every center; center staff only their own (design §2). */
export const visibleCenters = (viewer: RoleGrant, centers: readonly Center[]): Center[] =>
  centers.filter((c) => canAccessCenter(viewer, c.code));

export const isCoordinator = (viewer: RoleGrant): boolean => viewer.roles.includes('coordinator');

/**
 * The centers a request covers: those the viewer may see, narrowed to `requested` when given.
 * An unknown center is the caller's mistake (CENTER_UNKNOWN); a known one they may not see is
 * FORBIDDEN, never silently an empty answer that would read as "no callbacks".
 */
export function centersInScope(
  viewer: RoleGrant,
  centers: readonly Center[],
  requested?: readonly string[],
): Center[] {
  if (!requested || requested.length === 0) return visibleCenters(viewer, centers);
  return requested.map((code) => {
    const center = findCenter(centers, code);
    if (!center) throw new AppError('CENTER_UNKNOWN', `unknown center ${code}`, { centerCode: code });
    if (!canAccessCenter(viewer, center.code)) {
      throw new AppError('FORBIDDEN', `no access to center ${center.code}`, {
        reason: 'other_center',
        centerCode: center.code,
      });
    }
    return center;
  });
}

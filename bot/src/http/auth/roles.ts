import { AppError } from '../../shared/errors';
import { grantOf, hasAnyRole, type RoleGrant, type RoleTarget } from '../../coordinator/roles';
import type { TabUser } from './tab-user';

/**
 * Maps Entra app roles and groups to our roles. Entra allows only ASCII letters, digits and some
 * punctuation in an app role value (no Ø), so `Fagcenter.<CODE>` works for CSO but CØI needs an
 * entry in the role map (`Fagcenter.COEI` -> CØI). Groups are object ids and always need a map.
 */
export type RoleMap = Readonly<Record<string, RoleTarget>>;

const centerRolePrefix = 'Fagcenter.';

/** Built in; ROLE_MAP adds to and overrides it. */
export const defaultRoleMap: RoleMap = {
  Koordinator: 'coordinator',
  'Fagcenter.COEI': { centerCode: 'CØI' },
};

/** A configured value: `coordinator` or a center code. */
export const parseRoleTarget = (value: string): RoleTarget =>
  value === 'coordinator' ? 'coordinator' : { centerCode: value };

function targetOfAppRole(value: string, roleMap: RoleMap): RoleTarget | undefined {
  const mapped = roleMap[value];
  if (mapped) return mapped;
  if (value.startsWith(centerRolePrefix) && value.length > centerRolePrefix.length) {
    return { centerCode: value.slice(centerRolePrefix.length).toUpperCase() };
  }
  return undefined;
}

export const grantFromAppRoles = (values: readonly string[], roleMap: RoleMap): RoleGrant =>
  grantOf(values.flatMap((v) => targetOfAppRole(v, roleMap) ?? []));

export const grantFromGroups = (groupIds: readonly string[], roleGroups: RoleMap): RoleGrant =>
  grantOf(groupIds.flatMap((id) => roleGroups[id.toLowerCase()] ?? []));

/** Signed in but given no role: the tab has nothing to show them. */
export function requireRole(user: TabUser): TabUser {
  if (!hasAnyRole(user)) {
    throw new AppError('FORBIDDEN', `user ${user.id} has no coordinator or center role`, { userId: user.id });
  }
  return user;
}

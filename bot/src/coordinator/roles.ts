/**
 * Who may use the coordinator tab, in domain terms, so that use cases can decide access without
 * knowing where the identity came from (Teams SSO token, Entra groups, local development).
 */
type Role = 'coordinator' | 'center-staff';

export interface RoleGrant {
  roles: Role[];
  /** Centers a `center-staff` user works for (Unicode codes, e.g. CSO, CØI). */
  centerCodes: string[];
}

/** What one app role value or one Entra group stands for. */
export type RoleTarget = 'coordinator' | { centerCode: string };

/** Adds the targets to a grant; duplicates collapse, order stays stable for logs and tests. */
export function grantOf(targets: RoleTarget[]): RoleGrant {
  const roles = new Set<Role>();
  const centers = new Set<string>();
  for (const target of targets) {
    if (target === 'coordinator') roles.add('coordinator');
    else {
      roles.add('center-staff');
      centers.add(target.centerCode);
    }
  }
  return { roles: [...roles].sort(), centerCodes: [...centers].sort() };
}

export const mergeGrants = (a: RoleGrant, b: RoleGrant): RoleGrant =>
  grantOf([
    ...(a.roles.includes('coordinator') || b.roles.includes('coordinator') ? (['coordinator'] as const) : []),
    ...[...a.centerCodes, ...b.centerCodes].map((centerCode) => ({ centerCode })),
  ]);

/** A coordinator sees every center; center staff only their own. */
export const canAccessCenter = (grant: RoleGrant, centerCode: string): boolean =>
  grant.roles.includes('coordinator') || grant.centerCodes.includes(centerCode);

export const hasAnyRole = (grant: RoleGrant): boolean => grant.roles.length > 0;

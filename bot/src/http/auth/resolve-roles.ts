import { mergeGrants, type RoleGrant } from '../../coordinator/roles';
import type { GroupDirectory } from './graph-groups';
import { grantFromAppRoles, grantFromGroups, type RoleMap } from './roles';
import type { TokenClaims } from './token-claims';

/**
 * Roles from the token's app roles, plus, when groups are mapped, from Entra group membership.
 * The token's own `groups` claim is used when Entra put it there (few groups); otherwise, or
 * after a group overage, Graph is asked. A coordinator by app role needs no group lookup.
 */
export interface RoleSources {
  roleMap: RoleMap;
  roleGroups?: RoleMap;
  directory?: GroupDirectory;
}

export function createRoleResolver(sources: RoleSources) {
  return async (claims: TokenClaims, token: string): Promise<RoleGrant> => {
    const fromAppRoles = grantFromAppRoles(claims.roles ?? [], sources.roleMap);
    const { roleGroups, directory } = sources;
    if (!roleGroups || !directory || fromAppRoles.roles.includes('coordinator')) return fromAppRoles;
    const groupIds = claims.groups ?? (await directory.groupIdsOf(claims, token));
    return mergeGrants(fromAppRoles, grantFromGroups(groupIds, roleGroups));
  };
}

import type { RoleGrant } from '../../coordinator/roles';

/** The verified person behind a tab API request. */
export interface TabUser extends RoleGrant {
  /** Entra object id (`oid`): stable per person and tenant, used in the audit log. */
  id: string;
  name: string;
  /** `preferred_username` (usually the UPN, e.g. abc@ltk.dk). */
  upn: string;
  tenantId: string;
}

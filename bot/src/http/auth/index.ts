/** The tab API's authentication: what the HTTP layer and the composition root need. */
export { createTabAuth, type AuthenticateRequest } from './authenticate-request';
export { authFailureResponse } from './auth-messages';
export {
  isLocalAllowed,
  loadTabAuthConfig,
  localDevUser,
  tabAuthSettings,
  type TabAuthConfig,
} from './tab-auth-config';
export type { TabUser } from './tab-user';

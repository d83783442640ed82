/** The tab API's authentication: what the HTTP layer and the composition root need. */
export {
  createTabAuth,
  type AuthenticateRequest,
  type Headers,
  type TabAuthDeps,
} from './authenticate-request';
export { authFailureResponse, authMessages, type AuthFailureResponse } from './auth-messages';
export {
  isLocalAllowed,
  loadTabAuthConfig,
  localDevUser,
  type EntraTabAuthConfig,
  type LocalTabAuthConfig,
  type TabAuthConfig,
} from './tab-auth-config';
export type { TabUser } from './tab-user';
export { validateTabToken, type ValidateTokenOptions } from './validate-token';

import type { AuthenticateRequest } from '../auth';
import type { StatsDeps } from '../../statistics/stats-deps';

/** What the tab API needs: the auth gate, the mode it runs in, and the use cases' dependencies. */
export interface TabApiDeps extends StatsDeps {
  authenticate: AuthenticateRequest;
  /** `local`: no Entra configured, every request is the development user. */
  mode: 'local' | 'entra';
}

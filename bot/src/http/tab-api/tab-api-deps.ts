import type { Person } from '../../callbacks/callback';
import type { CitizenErasureResult } from '../../callbacks/erase-citizen';
import type { DownloadLinkStore } from '../../downloads/download-link';
import type { AuthenticateRequest } from '../auth';
import type { StatsDeps } from '../../coordinator/stats-deps';
import type { KeywordSuggestionDeps } from '../../learning/keyword-suggestions';

/** What the tab API needs: the auth gate, the mode it runs in, and the use cases' dependencies. */
export interface TabApiDeps extends StatsDeps {
  authenticate: AuthenticateRequest;
  /** `local`: no Entra configured, every request is the development user. */
  mode: 'local' | 'entra';
  /** The callbacks use case behind a citizen's erasure request (it writes the outbox too). */
  eraseCitizen(phone: string, by: Person): Promise<CitizenErasureResult>;
  /** Single-use links to the CSV export, for Teams clients that cannot download from a tab. */
  downloadLinks: DownloadLinkStore;
  /** The agents' searches as keyword suggestions, and the coordinators' decisions on them. */
  keywords: KeywordSuggestionDeps;
}

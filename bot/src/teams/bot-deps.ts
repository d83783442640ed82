import type { CallbackDeps } from '../callbacks/callback-deps';
import type { Center } from '../centers/center';
import type { Config } from '../config/config';
import type { GuideCatalog } from '../guides/guide-catalog';
import type { Logger } from '../shared/logger';
import type { Store } from '../storage/store';
import type { TeamsSender } from './teams-sender';

/** What the Teams adapter needs from the rest of the product; built by the composition root. */
export interface BotDeps {
  config: Pick<Config, 'botName' | 'bindingAdmins' | 'turn'>;
  logger: Logger;
  /** The catalog currently loaded (it is swapped when guides reload). */
  catalog: () => GuideCatalog;
  centers: () => readonly Center[];
  now: () => Date;
  store: Store;
  callbacks: CallbackDeps;
  /** Teams' member look-up for a user's turn: short timeout, no retries (decision 0043). */
  members: Pick<TeamsSender, 'getMember'>;
}

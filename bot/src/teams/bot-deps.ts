import type { CallbackDeps } from '../callbacks/callback-deps';
import type { Center } from '../centers/center';
import type { Config } from '../config/config';
import type { GuideCatalog } from '../guides/guide-catalog';
import type { Logger } from '../shared/logger';
import type { Store } from '../shared/store-ports';

/** What the Teams adapter needs from the rest of the product; built by the composition root. */
export interface BotDeps {
  config: Pick<Config, 'botName' | 'bindingAdmins'>;
  logger: Logger;
  /** The catalog currently loaded (it is swapped when guides reload). */
  catalog: () => GuideCatalog;
  centers: () => readonly Center[];
  now: () => Date;
  store: Store;
  callbacks: CallbackDeps;
}

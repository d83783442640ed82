import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import { createKeyCache, fetchJson, fetchJwks, type SigningKeys } from './jwks';

/**
 * The Bot Connector's token signing keys: the OpenID metadata document names the key set
 * (`jwks_uri`), whose keys carry the channels they are endorsed for. Both documents are read
 * within one time limit, and all requests that need keys meanwhile share that one read
 * (botbuilder's own OpenIdMetadata reads them without a timeout, once per waiting request).
 */
export interface BotFrameworkKeysOptions {
  metadataUrl: string;
  logger: Logger;
  timeoutMs: number;
  now?: () => number;
}

const metadataSchema = z.looseObject({ jwks_uri: z.url({ protocol: /^https?$/ }) });

export function createBotFrameworkKeys(options: BotFrameworkKeysOptions): SigningKeys {
  return createKeyCache({
    source: options.metadataUrl,
    logPrefix: 'bot_auth',
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    // The service publishes keys well ahead of use; a day matches botbuilder's refresh.
    ttlMs: 24 * 60 * 60_000,
    refetchCooldownMs: 5 * 60_000,
    ...(options.now ? { now: options.now } : {}),
    load: async (signal) => {
      const metadata = metadataSchema.safeParse(
        await fetchJson(options.metadataUrl, signal, 'OpenID metadata'),
      );
      if (!metadata.success) throw new Error('OpenID metadata has no jwks_uri');
      return fetchJwks(metadata.data.jwks_uri, signal, options.logger, 'bot_auth');
    },
  });
}

import type { Config } from '../../config/config';
import type { TabAuthConfig } from '../../http/auth';
import { AppError } from '../../shared/errors';
import type { ChannelMessageReaderOptions } from './channel-messages';

/**
 * The Entra app that reads channels through Graph when CHANNEL_MESSAGE_READ_GRANTED=true: the
 * one in the manifest's webApplicationInfo, which is the one the team owners' resource-specific
 * consent is given to. That is TAB_CLIENT_ID, by default the bot's MICROSOFT_APP_ID, with its
 * secret and tenant. Null when the permission is not granted; refused when it is but the app
 * cannot get a token (no app, no secret: local mode, the playground).
 */
export function channelReaderSettings(
  config: Pick<Config, 'outbox'>,
  tabAuth: TabAuthConfig,
): Omit<ChannelMessageReaderOptions, 'timeoutMs' | 'logger'> | null {
  if (!config.outbox.channelMessageRead) return null;
  if (tabAuth.mode !== 'entra' || !tabAuth.clientSecret) {
    throw new AppError(
      'CONFIG_INVALID',
      'CHANNEL_MESSAGE_READ_GRANTED=true needs the Entra app of the manifest with its secret: ' +
        'MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (or TAB_CLIENT_ID, TAB_CLIENT_SECRET, TAB_TENANT_ID)',
      { setting: 'CHANNEL_MESSAGE_READ_GRANTED' },
    );
  }
  return {
    tenantId: tabAuth.tenantId,
    clientId: tabAuth.clientId,
    clientSecret: tabAuth.clientSecret,
    authorityHost: tabAuth.authority,
    graphBaseUrl: tabAuth.graphBaseUrl,
  };
}

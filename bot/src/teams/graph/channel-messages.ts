import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import { z } from 'zod';
import { msalAuthorityOptions } from '../../http/auth/entra-authority';
import type { Logger } from '../../shared/logger';

/**
 * Reads a channel's recent posts through Microsoft Graph, as the app itself (decision 0032):
 * a client-credentials token for the Entra app named in the manifest's webApplicationInfo (the
 * bot's app registration unless TAB_CLIENT_ID says otherwise), which the team owners granted the
 * resource-specific permission ChannelMessage.Read.Group at install. Without that grant Graph
 * answers 403 and nothing is read.
 *
 * `GET /v1.0/teams/{group-id}/channels/{channel-id}/messages` lists thread roots without their
 * replies, newest first, at most 50 per page; no other query option is supported.
 */
interface ChannelMessage {
  id: string;
  createdAt: Date;
  deleted: boolean;
  /** The app that posted it (a bot's Microsoft app id); null for people. */
  fromApplicationId: string | null;
  /** Adaptive Card attachments, each as the JSON text Graph returns. */
  cards: string[];
}

export interface ChannelMessageReader {
  /** Pages of thread roots, newest first; stops when the caller stops reading. */
  pages(groupId: string, channelId: string, signal: AbortSignal): AsyncGenerator<ChannelMessage[]>;
}

export interface ChannelMessageReaderOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  graphBaseUrl: string;
  /** Per request to Entra or Graph. */
  timeoutMs: number;
  logger: Logger;
}

/** Graph or Entra did not answer as needed; `status` when they answered at all. */
class GraphUnavailable extends Error {
  readonly code = 'GRAPH_UNAVAILABLE';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphUnavailable';
  }
}

const pageSchema = z.object({
  value: z.array(
    z.looseObject({
      id: z.string(),
      createdDateTime: z.string(),
      deletedDateTime: z.string().nullish(),
      from: z.looseObject({ application: z.looseObject({ id: z.string() }).nullish() }).nullish(),
      attachments: z
        .array(z.looseObject({ contentType: z.string().nullish(), content: z.unknown() }))
        .nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});

const adaptiveCard = 'application/vnd.microsoft.card.adaptive';
const pageSize = 50;

export function createChannelMessageReader(options: ChannelMessageReaderOptions): ChannelMessageReader {
  const graph = new URL(options.graphBaseUrl);
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      ...msalAuthorityOptions(options.authorityHost, options.tenantId),
    },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) options.logger.debug('graph.msal', { message });
        },
      },
    },
  });

  async function token(signal: AbortSignal): Promise<string> {
    const timeout = AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]);
    const request = msal.acquireTokenByClientCredential({ scopes: [`${graph.origin}/.default`] });
    const aborted = new Promise<never>((_, reject) =>
      timeout.addEventListener('abort', () => reject(new GraphUnavailable('token request timed out')), {
        once: true,
      }),
    );
    try {
      const result = await Promise.race([request, aborted]);
      if (!result?.accessToken) throw new GraphUnavailable('no access token in the answer');
      return result.accessToken;
    } catch (error) {
      if (error instanceof GraphUnavailable) throw error;
      throw new GraphUnavailable(`token for Graph refused: ${firstLine(error)}`);
    }
  }

  async function page(url: string, accessToken: string, signal: AbortSignal) {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]),
    }).catch((error: unknown) => {
      throw new GraphUnavailable(`Graph unreachable: ${firstLine(error)}`);
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new GraphUnavailable(`Graph answered ${response.status}`, response.status);
    }
    const body = pageSchema.safeParse(await response.json().catch(() => null));
    if (!body.success) throw new GraphUnavailable('Graph answered an unexpected shape');
    return body.data;
  }

  return {
    async *pages(groupId, channelId, signal) {
      const accessToken = await token(signal);
      const base = `${graph.origin}${graph.pathname.replace(/\/$/, '')}`;
      let next: string | undefined =
        `${base}/v1.0/teams/${encodeURIComponent(groupId)}/channels/${encodeURIComponent(channelId)}/messages?$top=${pageSize}`;
      while (next) {
        // The token must only ever go to Graph, whatever a page says the next one is.
        if (new URL(next).origin !== graph.origin) throw new GraphUnavailable(`next page off Graph: ${next}`);
        const data = await page(next, accessToken, signal);
        yield data.value.map((m) => ({
          id: m.id,
          createdAt: new Date(m.createdDateTime),
          deleted: Boolean(m.deletedDateTime),
          fromApplicationId: m.from?.application?.id ?? null,
          cards: (m.attachments ?? [])
            .filter((a) => a.contentType === adaptiveCard)
            .map((a) => (typeof a.content === 'string' ? a.content : JSON.stringify(a.content ?? null))),
        }));
        next = data['@odata.nextLink'];
      }
    },
  };
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0] ?? '';

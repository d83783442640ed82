import type { Selectable } from 'kysely';
import { downloadKinds, type DownloadLink, type DownloadLinkStore } from '../downloads/download-link';
import type { DownloadLinksTable } from './database';
import type { Db, SqlContext } from './sql-context';
import { fromJson, fromMs, fromMsOrNull, oneOf, toJson, toMs } from './values';

/**
 * Links that expired longer ago than this are deleted whenever a link is issued or fetched: long
 * enough to tell a late click "expired" rather than "unknown", short enough that a coordinator's
 * citizen search in an export's filter does not linger.
 */
const keepExpiredMs = 10 * 60 * 1000;

const linkOf = (r: Selectable<DownloadLinksTable>): DownloadLink => ({
  viewer: fromJson<DownloadLink['viewer']>(r.viewer)!,
  what: oneOf(downloadKinds, r.what, 'download_links.what'),
  query: r.query,
  createdAt: fromMs(r.created_at),
  expiresAt: fromMs(r.expires_at),
  usedAt: fromMsOrNull(r.used_at === null ? null : Number(r.used_at)),
});

export function downloadLinkRepository(ctx: SqlContext): DownloadLinkStore {
  return {
    saveDownloadLink: (tokenHash, link) =>
      ctx.write(async (trx) => {
        await forgetExpired(trx, link.createdAt);
        await trx
          .insertInto('download_links')
          .values({
            token_hash: tokenHash,
            user_id: link.viewer.id,
            viewer: toJson(link.viewer),
            what: link.what,
            query: link.query,
            created_at: toMs(link.createdAt),
            expires_at: toMs(link.expiresAt),
            used_at: null,
          })
          .execute();
      }),

    useDownloadLink: (tokenHash, at) =>
      ctx.write(async (trx) => {
        await forgetExpired(trx, at);
        const row = await trx
          .selectFrom('download_links')
          .selectAll()
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        if (!row) return null;
        const link = linkOf(row);
        if (link.usedAt) return link;
        // Two instances may read the row unused at once (PostgreSQL, READ COMMITTED): only the
        // update that still finds it unused wins; the other sees it used. The filter is no
        // longer needed once used (it may hold a citizen search).
        const updated = await trx
          .updateTable('download_links')
          .set({ used_at: toMs(at), query: '' })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        return Number(updated.numUpdatedRows) === 1 ? link : { ...link, usedAt: at };
      }),
  };
}

async function forgetExpired(db: Db, now: Date): Promise<void> {
  await db
    .deleteFrom('download_links')
    .where('expires_at', '<', toMs(now) - keepExpiredMs)
    .execute();
}

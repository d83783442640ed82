import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The databases the end-to-end stories run on: the embedded SQLite default and PostgreSQL (a
 * fresh schema per suite). With CI=true a missing PostgreSQL fails the suite instead of skipping.
 */
export const databases = ['sqlite', 'postgres'] as const;
export type DatabaseKind = (typeof databases)[number];

export async function databaseEnv(
  kind: DatabaseKind,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { env: {}, drop: async () => undefined };
  const schema = `it_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is required for this suite (${postgresUrl}): ${(error as Error).message}`);
  }
  await admin.query(`create schema ${schema}`);
  const url = `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    env: { DATABASE_URL: url },
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Client, Pool } from 'pg';
import { createMemoryLogger, type Logger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';

/**
 * The databases the one repository suite runs against. Each `fresh()` is an empty database of
 * its own (a new SQLite file, or a new PostgreSQL schema reached through search_path), which can
 * be opened more than once to act as several instances of the bot sharing it.
 */
export interface FreshDatabase {
  open(logger?: Logger): Promise<Store>;
  /** The same database without the store: to set it up as an older version left it. */
  raw(): { db: Kysely<unknown>; schema: string | undefined };
  /** The tables in this database (for PostgreSQL: in its own schema only). */
  tables(): Promise<string[]>;
}

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** Throws when the database is required but cannot be reached. */
  ensureAvailable(): Promise<void>;
  fresh(): Promise<FreshDatabase>;
  cleanup(): Promise<void>;
}

const quietLogger = () => createMemoryLogger('warn');

function sqliteTarget(): StoreTarget {
  let dir: string | undefined;
  let count = 0;
  return {
    name: 'sqlite',
    ensureAvailable: async () => undefined,
    async fresh() {
      dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kc-store-'));
      const file = path.join(dir, `store-${++count}.sqlite`);
      return {
        open: (logger = quietLogger()) => openStore({ sqliteFile: file }, logger),
        raw: () => ({
          db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) }),
          schema: undefined,
        }),
        async tables() {
          const db = new BetterSqlite3(file, { readonly: true });
          try {
            const rows = db.prepare("select name from sqlite_master where type = 'table'").all() as {
              name: string;
            }[];
            return rows.map((r) => r.name).filter((n) => !n.startsWith('sqlite_'));
          } finally {
            db.close();
          }
        },
      };
    },
    async cleanup() {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Synchronous, so that the list of targets is known when jest collects the tests. */
export function postgresReachable(url: string): boolean {
  const probe = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe, url], { cwd: __dirname, timeout: 10_000 });
  return result.status === 0;
}

const withSearchPath = (url: string, schema: string) =>
  `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

function postgresTarget(reachable: boolean): StoreTarget {
  const schemas: string[] = [];
  let admin: Client | undefined;
  const connect = async () => {
    if (!admin) {
      admin = new Client({ connectionString: postgresUrl });
      await admin.connect();
    }
    return admin;
  };
  return {
    name: 'postgres',
    async ensureAvailable() {
      if (!reachable) {
        throw new Error(
          `PostgreSQL at ${postgresUrl} is unreachable, and CI=true requires the PostgreSQL half of the suite`,
        );
      }
    },
    async fresh() {
      // A schema per database keeps parallel runs and tests from seeing each other's rows.
      const schema = `kc_test_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
      await (await connect()).query(`create schema "${schema}"`);
      schemas.push(schema);
      const url = withSearchPath(postgresUrl, schema);
      return {
        open: (logger = quietLogger()) => openStore({ databaseUrl: url }, logger),
        raw: () => ({
          db: new Kysely<unknown>({
            dialect: new PostgresDialect({ pool: new Pool({ connectionString: url }) }),
          }),
          schema,
        }),
        async tables() {
          const sql = 'select table_name from information_schema.tables where table_schema = $1';
          const result = await (await connect()).query<{ table_name: string }>(sql, [schema]);
          return result.rows.map((r) => r.table_name);
        },
      };
    },
    async cleanup() {
      if (!admin) return;
      for (const schema of schemas) await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    },
  };
}

export function storeTargets(): StoreTarget[] {
  const reachable = postgresReachable(postgresUrl);
  if (!reachable && process.env.CI !== 'true') {
    console.warn(`PostgreSQL at ${postgresUrl} is unreachable: the storage suite runs against SQLite only.`);
    return [sqliteTarget()];
  }
  return [sqliteTarget(), postgresTarget(reachable)];
}

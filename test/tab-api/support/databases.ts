import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { postgresUrl } from '../../storage/store-targets';

/**
 * The databases the tab API suites run the whole app against: a SQLite file, and PostgreSQL in a
 * fresh schema per run (reached through search_path). Without PostgreSQL the second is skipped
 * with a warning, except when CI=true, where it fails.
 */
export interface AppDatabase {
  /** Settings for the app's configuration (SQLITE_FILE or DATABASE_URL). */
  env: Record<string, string>;
  /** Reads rows directly, for what no port exposes (e.g. access-log lines without a citizen). */
  rows<T>(query: string): Promise<T[]>;
}

export interface DatabaseTarget {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<AppDatabase>;
  cleanup(): Promise<void>;
}

function sqlite(): DatabaseTarget {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-tab-'));
  let count = 0;
  return {
    name: 'sqlite',
    async fresh() {
      const file = path.join(dir, `tab-${++count}.sqlite`);
      return {
        env: { SQLITE_FILE: file },
        async rows<T>(query: string) {
          const db = new BetterSqlite3(file, { readonly: true });
          try {
            return db.prepare(query).all() as T[];
          } finally {
            db.close();
          }
        },
      };
    },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function reachable(url: string): boolean {
  const probe = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe, url], { cwd: __dirname, timeout: 10_000 }).status === 0;
}

function postgres(available: boolean): DatabaseTarget {
  const schemas: string[] = [];
  const admin = async <T>(fn: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async fresh() {
      if (!available) {
        throw new Error(
          `PostgreSQL at ${postgresUrl} is unreachable, and CI=true requires the PostgreSQL half`,
        );
      }
      const schema = `kc_tab_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
      await admin((c) => c.query(`create schema "${schema}"`));
      schemas.push(schema);
      const options = encodeURIComponent(`-c search_path=${schema}`);
      return {
        env: { DATABASE_URL: `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=${options}` },
        rows: <T>(query: string) =>
          admin(async (c) => {
            await c.query(`set search_path to "${schema}"`);
            return (await c.query(query)).rows as T[];
          }),
      };
    },
    async cleanup() {
      if (schemas.length === 0) return;
      await admin(async (c) => {
        for (const schema of schemas.splice(0)) await c.query(`drop schema if exists "${schema}" cascade`);
      });
    },
  };
}

export function databaseTargets(): DatabaseTarget[] {
  const available = reachable(postgresUrl);
  if (!available && process.env.CI !== 'true') {
    console.warn(`PostgreSQL at ${postgresUrl} is unreachable: the tab API suites run against SQLite only.`);
    return [sqlite()];
  }
  return [sqlite(), postgres(available)];
}

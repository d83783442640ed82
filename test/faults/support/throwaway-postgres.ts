import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of the test's own, to stop and restart at will: the shared server on 5432
 * is never touched. initdb runs as the `postgres` user (PostgreSQL refuses to run as root) into
 * a temporary folder that user owns, the server listens on 127.0.0.1 on a free port, and
 * fsync is off because the data is thrown away.
 */
export interface ThrowawayPostgres {
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`: every connection is terminated, the server is back at once. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`: connections are terminated and new ones refused until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and deletes its folder. */
  destroy(): Promise<void>;
}

const postgresUser = 'postgres';

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

function userIds(name: string): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** What describeNeeding needs to know: root (to act as `postgres`), that user, the binaries. */
export function throwawayPostgresNeed(): { available: boolean; missing: string } {
  if (process.getuid?.() !== 0)
    return { available: false, missing: 'a throwaway PostgreSQL needs root (to run initdb as postgres)' };
  if (!userIds(postgresUser)) return { available: false, missing: 'no `postgres` user on this machine' };
  if (!binDir())
    return { available: false, missing: 'no PostgreSQL binaries under /usr/lib/postgresql/*/bin' };
  return { available: true, missing: '' };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const ids = userIds(postgresUser);
  if (!bin || !ids) throw new Error(throwawayPostgresNeed().missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-throwaway-pg-'));
  // mkdtemp makes the folder root's and 0700; the server runs as postgres and must read it.
  fs.chownSync(dir, ids.uid, ids.gid);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const port = await freePort();

  const run = (tool: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(path.join(bin, tool), args, {
        uid: ids.uid,
        gid: ids.gid,
        cwd: dir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += String(d)));
      child.stderr.on('data', (d) => (output += String(d)));
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code === 0) return resolve();
        const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
        reject(new Error(`${tool} ${args.join(' ')} exited with ${code}: ${output}\n${log}`));
      });
    });

  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', ...args]);

  await run('initdb', [
    '-D',
    data,
    '-U',
    postgresUser,
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  await pgCtl('-o', serverOptions, 'start');
  let running = true;
  return {
    url: `postgres://${postgresUser}@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      await pgCtl('-m', 'fast', '-o', serverOptions, 'restart');
      running = true;
    },
    async stop() {
      await pgCtl('-m', 'fast', 'stop');
      running = false;
    },
    async start() {
      await pgCtl('-o', serverOptions, 'start');
      running = true;
    },
    async destroy() {
      if (running) await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      running = false;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

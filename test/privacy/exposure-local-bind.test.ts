import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config/config';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { startProductionApp } from './support/production-app';

/**
 * Promise: local mode (no MICROSOFT_APP_ID, no TAB_CLIENT_ID) answers anyone as a coordinator,
 * so it listens on this machine only. HOST opens it, deliberately and with a warning, and the
 * log states the address the server really listens on.
 */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/** Whether a TCP connection to address:port is accepted. */
const accepts = (address: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function startLocal(env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-bind-'));
  const logger = createMemoryLogger('debug');
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    KNOWLEDGE_WATCH: 'false',
    SQLITE_FILE: path.join(dir, 'local.sqlite'),
    ...env,
  });
  const app: RunningApp = await startApp(config, logger);
  return {
    app,
    logs: logger.lines,
    stop: async () => {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const listening = (logs: Record<string, unknown>[]) => logs.find((l) => l.event === 'server.listening');

describe('where the server listens', () => {
  test('local mode without HOST listens on 127.0.0.1 only, and the log says so', async () => {
    const local = await startLocal();
    try {
      expect(listening(local.logs)).toMatchObject({ address: '127.0.0.1', port: local.app.port });
      expect(await (await fetch(`http://127.0.0.1:${local.app.port}/healthz`)).status).toBe(200);
      if (externalAddress) expect(await accepts(externalAddress, local.app.port)).toBe(false);
      expect(local.logs.filter((l) => l.event === 'server.open_without_authentication')).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  test('HOST=0.0.0.0 opens local mode to the network, with a warning naming what is unauthenticated', async () => {
    const local = await startLocal({ HOST: '0.0.0.0' });
    try {
      expect(listening(local.logs)).toMatchObject({ address: '0.0.0.0', port: local.app.port });
      if (externalAddress) expect(await accepts(externalAddress, local.app.port)).toBe(true);
      const warning = local.logs.find((l) => l.event === 'server.open_without_authentication');
      expect(warning).toMatchObject({ level: 'warn', setting: 'HOST', address: '0.0.0.0' });
      expect(warning?.unauthenticated).toEqual([
        'bot endpoint (no MICROSOFT_APP_ID)',
        'tab (no TAB_CLIENT_ID)',
      ]);
    } finally {
      await local.stop();
    }
  });

  test('HOST=127.0.0.1 in local mode is the default made explicit: no warning', async () => {
    const local = await startLocal({ HOST: '127.0.0.1' });
    try {
      expect(listening(local.logs)).toMatchObject({ address: '127.0.0.1' });
      expect(local.logs.filter((l) => l.event === 'server.open_without_authentication')).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  test('production, where every request is authenticated, listens on every interface by default', async () => {
    const production = await startProductionApp({ HOST: undefined });
    try {
      expect(listening(production.logs)).toMatchObject({ address: '0.0.0.0', mode: 'authenticated' });
      if (externalAddress) expect(await accepts(externalAddress, production.app.port)).toBe(true);
      expect(production.logs.filter((l) => l.event === 'server.open_without_authentication')).toEqual([]);
    } finally {
      await production.stop();
    }
  });
});

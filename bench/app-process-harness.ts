import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { harnessClient } from '../test/integration/harness';
import { startServerProcess } from '../test/integration/server-process';
import { startConnectorEmulator } from '../test/support/connector-emulator';
import type { TeamsTeam } from '../test/support/teams-fixtures';
import { processCpuMs } from './process-cpu';

export type ProcessHarness = Awaited<ReturnType<typeof startProcessHarness>>;

/**
 * The app as `npm start` runs it, in its own process, with the connector emulator and the load
 * generator in this one. In production Teams' side is on other machines; here both sides share
 * the 2 cores, but at least they no longer share one event loop, so the app's latency is its own.
 * The app logs at info, as in production, to a pipe nobody reads line by line.
 */
export async function startProcessHarness(
  options: { env?: Record<string, string>; teams?: TeamsTeam[]; nodeArgs?: string[] } = {},
) {
  const emulator = await startConnectorEmulator({ teams: options.teams ?? [] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-bench-'));
  const server = await startServerProcess(
    {
      SQLITE_FILE: path.join(dir, 'bench.sqlite'),
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    { logs: 'drop', nodeArgs: options.nodeArgs ?? [] },
  ).catch(async (error: unknown) => {
    await emulator.close();
    throw error;
  });
  return {
    ...harnessClient(server.url, emulator),
    url: server.url,
    /** CPU time the app's process has used so far (ms). */
    appCpuMs: () => processCpuMs(server.child.pid),
    /** The app's Prometheus text, as an operator would scrape it. */
    metrics: async () => (await fetch(`${server.url}/metrics`)).text(),
    async stop() {
      await server.kill('SIGTERM');
      await emulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config/config';
import { AppError } from '../../bot/src/shared/errors';
import { runUntilExit } from '../integration/server-process';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import {
  metricsToken,
  productionEnv,
  startProductionApp,
  type ProductionApp,
} from './support/production-app';

/**
 * Promise: in production, /metrics (queue depths, request counts, callback totals) answers only
 * a scraper that sends METRICS_TOKEN; a production server without the token does not start.
 */
describe('metrics in production', () => {
  let issuer: LocalIssuer;
  let dir: string;
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-metrics-'));
  });
  afterAll(async () => {
    await issuer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the configuration without METRICS_TOKEN is refused, naming the setting', () => {
    const env = productionEnv(issuer, dir, { METRICS_TOKEN: undefined });
    expect(() => loadConfig(env)).toThrow(AppError);
    expect(() => loadConfig(env)).toThrow(/METRICS_TOKEN is required when NODE_ENV=production/);
  });

  test('the server process refuses to start without it', async () => {
    const { code, stderr } = await runUntilExit(productionEnv(issuer, dir, { METRICS_TOKEN: undefined }));
    expect(code).toBe(1);
    expect(stderr).toContain('METRICS_TOKEN');
  }, 60_000);

  describe('with METRICS_TOKEN set', () => {
    let production: ProductionApp;
    beforeAll(async () => {
      production = await startProductionApp({}, issuer);
    });
    afterAll(async () => {
      await production.stop();
    });

    test.each([
      ['no Authorization header', undefined],
      ['a wrong token', `Bearer not-the-${metricsToken}`],
      ['the token without the Bearer scheme', metricsToken],
    ])('%s gets 401 and no numbers', async (_case, authorization) => {
      const response = await fetch(`${production.app.url}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await response.text()).not.toContain('kontaktcenter_');
    });

    test('the scraper with the token gets the numbers', async () => {
      const response = await fetch(`${production.app.url}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('# TYPE');
    });
  });
});

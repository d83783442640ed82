import { startTestApp } from '../integration/test-app';
import { ensureTabBuilt, entryScriptOf } from './support/built-tab';
import { startProductionApp, type ProductionApp } from './support/production-app';

/**
 * Promise: a production server does not hand out the tab's source maps (its readable sources);
 * the scripts themselves are served as before. Developers keep their maps.
 */
describe('the tab’s source maps', () => {
  beforeAll(async () => {
    await ensureTabBuilt();
  }, 120_000);

  describe('in production', () => {
    let production: ProductionApp;
    beforeAll(async () => {
      production = await startProductionApp();
    });
    afterAll(async () => {
      await production.stop();
    });

    test('the entry script is served, its source map is not', async () => {
      const script = await entryScriptOf(production.app.url);
      const js = await fetch(`${production.app.url}/tab/assets/${script}`);
      expect(js.status).toBe(200);
      const map = await fetch(`${production.app.url}/tab/assets/${script}.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('sourcesContent');
    });
  });

  describe('in development', () => {
    let app: Awaited<ReturnType<typeof startTestApp>>;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(async () => {
      await app.stop();
    });

    test('the map is there for the developer', async () => {
      const script = await entryScriptOf(app.url);
      const map = await fetch(`${app.url}/tab/assets/${script}.map`);
      expect(map.status).toBe(200);
      expect(await map.text()).toContain('sourcesContent');
    });
  });
});

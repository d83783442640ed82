import type { Store } from '../../bot/src/storage/store';
import type { FreshDatabase, StoreTarget } from './store-targets';

export interface StoreHarness {
  /** A store on a fresh, migrated database, new for every test. */
  readonly store: Store;
  /** The database behind `store`; open it again for a second instance. */
  readonly database: FreshDatabase;
  /** Opens another instance (another connection or pool) on the same database. */
  another(): Promise<Store>;
}

/**
 * Gives each test its own database (or, with `shared`, one per describe block for read-only
 * table tests) and closes every store it opened.
 */
export function useStore(target: StoreTarget, options: { shared?: boolean } = {}): StoreHarness {
  const [setUp, tearDown] = options.shared ? [beforeAll, afterAll] : [beforeEach, afterEach];
  let current: { store: Store; database: FreshDatabase } | undefined;
  const opened: Store[] = [];
  setUp(async () => {
    const database = await target.fresh();
    const store = await database.open();
    opened.push(store);
    current = { store, database };
  });
  tearDown(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    current = undefined;
  });
  const get = () => {
    if (!current) throw new Error('the store is only available inside a test');
    return current;
  };
  return {
    get store() {
      return get().store;
    },
    get database() {
      return get().database;
    },
    async another() {
      const store = await get().database.open();
      opened.push(store);
      return store;
    },
  };
}

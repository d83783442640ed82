import type { Callback, Person } from './callback';
import type { CallbackDeps } from './callback-deps';

/** The callbacks an agent booked, newest first; the list shows no citizen data. */
export const listMyCallbacks = (deps: CallbackDeps, agent: Person, limit = 200): Promise<Callback[]> =>
  deps.store.callbacks.listCallbacks({ bookedById: agent.id, limit });

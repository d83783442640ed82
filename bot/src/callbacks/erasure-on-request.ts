import type { Callback, Person } from './callback';
import type { ErasedCallback } from './callback-store';
import { enqueueAgentNotice, enqueueCardUpdate } from './outbox-drafts';

/**
 * A citizen asked for their data to be erased (GDPR art. 17). A callback still waiting for a
 * call-back cannot be worked without it, so an open or held one is closed with its own outcome
 * (counted as closed, never as solved), its holder cleared, and its channel card redrawn; the
 * agent who booked it is told, as for any closing (not again when the erasure is re-applied to a
 * restored backup: `tellAgent` false). Pure: the use case loads and saves.
 */
export function eraseOnRequest(callback: Callback, by: Person, now: Date, tellAgent = true): ErasedCallback {
  const closes = callback.status === 'open' || callback.status === 'claimed';
  const after: Callback = {
    ...callback,
    citizen: null,
    version: callback.version + 1,
    ...(closes
      ? { status: 'closed' as const, outcome: 'erased_on_request' as const, holder: null, closedAt: now }
      : {}),
  };
  return {
    callback: after,
    expectedVersion: callback.version,
    history: {
      callbackId: callback.id,
      version: after.version,
      at: now,
      actor: by,
      action: 'erase',
      fromStatus: callback.status,
      toStatus: after.status,
      details: closes ? { reason: 'request', outcome: 'erased_on_request' } : { reason: 'request' },
    },
    outbox: closes
      ? [enqueueCardUpdate(after, now), ...(tellAgent ? [enqueueAgentNotice(after, now)] : [])]
      : [],
    closed: closes,
  };
}

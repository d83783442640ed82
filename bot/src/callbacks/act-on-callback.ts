import { randomUUID } from 'node:crypto';
import { findCenter } from '../centers/wave-plan';
import { callbackDeadline } from '../centers/working-days';
import type { OutboxDraft } from '../outbox/outbox-store';
import type { AccessLogDraft } from '../access-log/access-log-store';
import type { Callback, Person } from './callback';
import type { CallbackAction } from './callback-action';
import type { CallbackDeps } from './callback-deps';
import type { CallbackSuccessor } from './callback-store';
import { centerMember } from './center-member';
import { applyAction, type SuccessorDraft, type TransitionRefusal } from './lifecycle';
import { enqueueAgentNotice, enqueueCallbackPost, enqueueCardUpdate } from './outbox-drafts';
import { holderRead } from './view-callback';

/** A move names only the target; the reference of the callback it creates is allocated here. */
export type RequestedAction =
  Exclude<CallbackAction, { type: 'move' }> | { type: 'move'; toCenterCode: string };

export type ActionOutcome =
  | {
      kind: 'done';
      callback: Callback;
      changed: boolean;
      successor: Callback | null;
      /** With `showsResult`, after a change: what the actor sees of the callback now. */
      view?: 'holder' | 'shared';
    }
  | { kind: 'refused'; callback: Callback; refusal: TransitionRefusal }
  | { kind: 'not_member'; callback: Callback }
  | { kind: 'unknown_center'; callback: Callback; centerCode: string }
  | { kind: 'not_found' };

/** Enough tries to get past a few colleagues clicking at once; each try re-decides on fresh data. */
const maxTries = 3;

/**
 * One use case behind every button, chat command and tab action on a callback: load, check the
 * actor may act for the center (asked of Teams, never read from the card), decide with the pure
 * lifecycle rules, and save only if nobody changed the callback meanwhile.
 *
 * `showsResult`: the caller shows the actor the changed callback at once (a card button's
 * answer). When that is the holder's card, its access-log line is saved with the change.
 * `signal`: the user's turn budget; Teams is asked before anything is saved, so a look-up that
 * runs out of time changes nothing (decision 0043).
 */
export async function actOnCallback(
  deps: CallbackDeps,
  callbackId: string,
  requested: RequestedAction,
  actor: Person & { teamsUserId?: string },
  options: { showsResult?: boolean; signal?: AbortSignal } = {},
): Promise<ActionOutcome> {
  for (let attempt = 1; ; attempt++) {
    const callback = await deps.store.callbacks.getCallback(callbackId);
    if (!callback) return { kind: 'not_found' };
    // The name too comes from Teams: a card invoke carries no display name.
    const member = await centerMember(deps, callback, actor, requested.type, options.signal);
    if (!member) return { kind: 'not_member', callback };
    let action: CallbackAction;
    if (requested.type === 'move') {
      const target = findCenter(deps.centers(), requested.toCenterCode);
      if (!target) return { kind: 'unknown_center', callback, centerCode: requested.toCenterCode };
      action = {
        type: 'move',
        toCenterCode: target.code,
        newReference: await deps.store.callbacks.nextReference(),
      };
    } else {
      action = requested;
    }
    const now = deps.now();
    const decision = applyAction(callback, action, member, now, deps.rules);
    if (!decision.ok) return { kind: 'refused', callback, refusal: decision };
    if (!decision.changed) return { kind: 'done', callback, changed: false, successor: null };

    const successor = decision.successor ? successorOf(deps, decision.successor, now) : null;
    const outbox: OutboxDraft[] = [enqueueCardUpdate(decision.callback, now)];
    if (decision.callback.status === 'closed') outbox.push(enqueueAgentNotice(decision.callback, now));
    if (successor) outbox.push(enqueueCallbackPost(successor, now));

    // The access-log lines are saved with the change: one commit, and no change without them.
    const read = options.showsResult ? holderRead(deps, decision.callback, member, now) : null;
    const saved = await deps.store.callbacks.saveTransition(
      decision.callback,
      callback.version,
      decision.event,
      outbox,
      {
        ...(successor ? { successor } : {}),
        accessLog: [changeLine(deps, callback, decision.event.action, member, now), ...(read ? [read] : [])],
      },
    );
    if (saved) {
      deps.logger.info('callback.changed', {
        reference: callback.reference,
        action: decision.event.action,
        from: decision.event.fromStatus,
        to: decision.event.toStatus,
        user: member.id,
      });
      deps.outboxChanged();
      return {
        kind: 'done',
        callback: decision.callback,
        changed: true,
        successor: successor && { ...successor, version: 1 },
        ...(options.showsResult ? { view: read ? ('holder' as const) : ('shared' as const) } : {}),
      };
    }
    if (attempt >= maxTries) {
      deps.logger.warn('callback.conflict_gave_up', { reference: callback.reference, action: action.type });
      const latest = (await deps.store.callbacks.getCallback(callbackId)) ?? callback;
      const again = applyAction(latest, action, member, now, deps.rules);
      if (!again.ok) return { kind: 'refused', callback: latest, refusal: again };
      return { kind: 'done', callback: latest, changed: false, successor: null };
    }
  }
}

function successorOf(deps: CallbackDeps, draft: SuccessorDraft, now: Date): CallbackSuccessor {
  const center = findCenter(deps.centers(), draft.centerCode)!;
  return {
    ...draft,
    id: randomUUID(),
    deadline: callbackDeadline(now, center.deadlineWorkingDays, deps.calendar),
  };
}

function changeLine(
  deps: CallbackDeps,
  callback: Callback,
  what: string,
  actor: Person,
  now: Date,
): AccessLogDraft {
  return {
    at: now,
    user: actor,
    action: 'change',
    callbackId: callback.id,
    ...(callback.citizen ? { citizenKey: deps.citizenKey(callback.citizen.phone) } : {}),
    details: { what, reference: callback.reference },
  };
}

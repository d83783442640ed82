import type { Insertable, Selectable, Updateable } from 'kysely';
import {
  callbackStatuses,
  callbackOutcomes,
  urgencies,
  type Callback,
  type CallbackStatus,
  type CitizenDetails,
} from '../callbacks/callback';
import { callbackHistoryActions, type CallbackHistoryEntry } from '../callbacks/callback-store';
import type { CallbackEventsTable, CallbacksTable } from './database';
import { fromJson, fromMs, fromMsOrNull, oneOf, searchable, toJson, toMs, toMsOrNull } from './values';

export function callbackFromRow(r: Selectable<CallbacksTable>): Callback {
  return {
    id: r.id,
    reference: r.reference,
    centerCode: r.center_code,
    topic: r.topic,
    guideId: r.guide_id,
    citizen:
      r.citizen_name === null
        ? null
        : { name: r.citizen_name, phone: r.citizen_phone ?? '', description: r.citizen_description ?? '' },
    timeWindow: r.time_window,
    urgency: oneOf(urgencies, r.urgency, 'urgency'),
    status: oneOf(callbackStatuses, r.status, 'status'),
    holder: r.holder_id === null ? null : { id: r.holder_id, name: r.holder_name ?? '' },
    attempts: r.attempts,
    outcome: r.outcome === null ? null : oneOf(callbackOutcomes, r.outcome, 'outcome'),
    bookedBy: { id: r.booked_by_id, name: r.booked_by_name },
    bookedAt: fromMs(r.booked_at),
    deadline: fromMs(r.deadline),
    claimedAt: fromMsOrNull(r.claimed_at),
    closedAt: fromMsOrNull(r.closed_at),
    movedTo: r.moved_to,
    movedFrom: r.moved_from,
    version: r.version,
  };
}

const citizenColumns = (citizen: CitizenDetails | null) => ({
  citizen_name: citizen?.name ?? null,
  citizen_phone: citizen?.phone ?? null,
  citizen_description: citizen?.description ?? null,
  search_private: citizen ? searchable(citizen.name, citizen.phone, citizen.description) : null,
});

/** Everything a transition may change; id, reference, booking and erasure facts never change. */
export function changedColumns(c: Callback, version: number): Updateable<CallbacksTable> {
  return {
    center_code: c.centerCode,
    topic: c.topic,
    guide_id: c.guideId,
    ...citizenColumns(c.citizen),
    time_window: c.timeWindow,
    urgency: c.urgency,
    status: c.status,
    holder_id: c.holder?.id ?? null,
    holder_name: c.holder?.name ?? null,
    attempts: c.attempts,
    outcome: c.outcome,
    deadline: toMs(c.deadline),
    claimed_at: toMsOrNull(c.claimedAt),
    closed_at: toMsOrNull(c.closedAt),
    moved_to: c.movedTo,
    moved_from: c.movedFrom,
    search_public: searchable(c.reference, c.topic),
    version,
  };
}

export function callbackRow(
  c: Callback,
  sequence: number,
  idempotencyKey: string | null,
): Insertable<CallbacksTable> {
  return {
    ...changedColumns(c, c.version),
    id: c.id,
    reference: c.reference,
    sequence,
    idempotency_key: idempotencyKey,
    center_code: c.centerCode,
    topic: c.topic,
    time_window: c.timeWindow,
    urgency: c.urgency,
    status: c.status,
    attempts: c.attempts,
    booked_by_id: c.bookedBy.id,
    booked_by_name: c.bookedBy.name,
    booked_at: toMs(c.bookedAt),
    deadline: toMs(c.deadline),
    erased_at: null,
    search_public: searchable(c.reference, c.topic),
    version: c.version,
  };
}

export function eventRow(e: CallbackHistoryEntry): Insertable<CallbackEventsTable> {
  return {
    callback_id: e.callbackId,
    version: e.version,
    at: toMs(e.at),
    actor_id: e.actor.id,
    actor_name: e.actor.name,
    action: e.action,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    details: toJson(e.details),
  };
}

export function eventFromRow(r: Selectable<CallbackEventsTable>): CallbackHistoryEntry {
  return {
    callbackId: r.callback_id,
    version: r.version,
    at: fromMs(r.at),
    actor: { id: r.actor_id, name: r.actor_name },
    action: oneOf(callbackHistoryActions, r.action, 'action'),
    fromStatus:
      r.from_status === null ? null : oneOf<CallbackStatus>(callbackStatuses, r.from_status, 'from_status'),
    toStatus: oneOf(callbackStatuses, r.to_status, 'to_status'),
    details: fromJson<CallbackHistoryEntry['details']>(r.details) ?? {},
  };
}

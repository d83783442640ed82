/**
 * A callback (tilbagekald): an inquiry an agent could not settle on the call, booked for the
 * owning center to call the citizen back. The channel card shows only the non-personal fields.
 */
export const callbackStatuses = ['open', 'claimed', 'closed', 'moved'] as const;
export type CallbackStatus = (typeof callbackStatuses)[number];

export const urgencies = ['normal', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

/** How a callback ended: resolved; citizen not reached after repeated attempts; moved on to the case system. */
export const closeOutcomes = ['resolved', 'not_reached', 'case_system'] as const;
export type CloseOutcome = (typeof closeOutcomes)[number];

/**
 * Every outcome a closed callback can have. Besides the staff's choices: the citizen asked for
 * their data to be erased while it was open or held (GDPR art. 17). Nobody can choose that one
 * on a card; it counts as closed, never as solved.
 */
export const callbackOutcomes = [...closeOutcomes, 'erased_on_request'] as const;
export type CallbackOutcome = (typeof callbackOutcomes)[number];

/** A Teams user, identified by the Entra object id (aadObjectId), the stable identity to authorize on. */
export interface Person {
  id: string;
  name: string;
}

/** The citizen's personal data; null once erased by retention. */
export interface CitizenDetails {
  name: string;
  /** Normalized: 8 digits, no spaces, no +45. */
  phone: string;
  description: string;
}

export interface Callback {
  id: string;
  /** Short reference read aloud and shown on cards, e.g. TB-1042. */
  reference: string;
  centerCode: string;
  topic: string;
  guideId: string | null;
  citizen: CitizenDetails | null;
  /** Preferred time window in the citizen's words, e.g. "i dag 10-12". */
  timeWindow: string;
  urgency: Urgency;
  status: CallbackStatus;
  holder: Person | null;
  attempts: number;
  outcome: CallbackOutcome | null;
  bookedBy: Person;
  bookedAt: Date;
  deadline: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  /** Reference of the callback this one was moved to (status moved). */
  movedTo: string | null;
  /** Reference of the callback this one was moved from. */
  movedFrom: string | null;
  /** Optimistic concurrency: every change increments it; writes compare it. */
  version: number;
}

import type { Callback, CallbackStatus, Urgency } from '../callbacks/callback';
import { formatPhone } from '../callbacks/phone';
import type { Center } from '../centers/center';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import { deliveryMessages } from '../texts/delivery';
import { formatDateTime } from '../texts/format';
import { guideMessages } from '../texts/guides';

const c = callbackMessages;
const m = callbackCardMessages.card;

/**
 * What everybody in the center's channel may see of a callback. It has no field for the
 * citizen's name, phone or description, so no card built from it can show them.
 */
export interface CallbackCardView {
  callbackId: string;
  version: number;
  status: CallbackStatus;
  reference: string;
  center: string;
  topic: string;
  timeWindow: string;
  urgency: Urgency;
  deadline: string;
  /** Who holds it, or who closed it; '' when nobody. */
  holderName: string;
  attempts: number;
  /** Outcome label when closed, else ''. */
  outcome: string;
  /** Closed, and not because the citizen's data was erased on request (nobody left to call). */
  reopenable: boolean;
  /** "Flyttet til …" when moved, else ''. */
  movedTo: string;
  movedFrom: string;
  moveTargets: { code: string; title: string }[];
  /** Teams user id (29:…) that gets the holder's view by refresh; '' when nobody holds it. */
  refreshUserId: string;
  /** The line saying the card may be in the channel twice; '' unless it was posted again. */
  resentNotice: string;
}

/** The holder's own view: the channel view plus the citizen's data (null once erased). */
export interface CallbackHolderView extends CallbackCardView {
  citizen: { name: string; phone: string; description: string } | null;
}

export interface CallbackCardContext {
  centers: readonly Center[];
  /** Centers it may be moved to (default: all); its own center is always left out. */
  moveTargets?: readonly Center[];
  /**
   * Teams user id (MRI, 29:…) of the holder. refresh.userIds needs it, and the callback stores
   * only the Entra object id, so the caller looks it up.
   */
  holderTeamsId?: string | null;
  /** Where a moved callback went: the callback itself stores only the new reference. */
  movedToCenterCode?: string | null;
  /** The card was posted again after a failure whose outcome was unknown (decision 0032). */
  resent?: boolean;
}

/** "Center for Sundhed og Omsorg (CSO)"; the bare code for a center no longer configured. */
export function centerLabel(code: string, centers: readonly Center[]): string {
  const center = centers.find((x) => x.code === code);
  return center ? guideMessages.ownedBy(center.name, center.code) : code;
}

/** The channel view. Deliberately copies field by field: `citizen` is never read here. */
export function callbackCardView(callback: Callback, ctx: CallbackCardContext): CallbackCardView {
  const { status, holder, movedTo, movedFrom, outcome } = callback;
  const held = status === 'claimed' && holder !== null;
  return {
    callbackId: callback.id,
    version: callback.version,
    status,
    reference: callback.reference,
    center: centerLabel(callback.centerCode, ctx.centers),
    topic: callback.topic,
    timeWindow: callback.timeWindow,
    urgency: callback.urgency,
    deadline: formatDateTime(callback.deadline),
    holderName: (status === 'claimed' || status === 'closed') && holder ? holder.name : '',
    attempts: callback.attempts,
    outcome: status === 'closed' && outcome ? c.outcome[outcome] : '',
    reopenable: status === 'closed' && outcome !== 'erased_on_request',
    movedTo: status === 'moved' && movedTo ? movedToText(movedTo, ctx) : '',
    movedFrom: movedFrom ? m.movedFrom(movedFrom) : '',
    moveTargets: (ctx.moveTargets ?? ctx.centers)
      .filter((x) => x.code !== callback.centerCode)
      .map((x) => ({ code: x.code, title: `${x.code} – ${x.name}` })),
    refreshUserId: held && ctx.holderTeamsId ? ctx.holderTeamsId : '',
    resentNotice: ctx.resent ? deliveryMessages.resent : '',
  };
}

/** The holder's view; only ever for the holder, in the answer to their own request. */
export function callbackHolderView(callback: Callback, ctx: CallbackCardContext): CallbackHolderView {
  const citizen = callback.citizen;
  return {
    ...callbackCardView(callback, ctx),
    citizen: citizen && {
      name: citizen.name,
      phone: formatPhone(citizen.phone),
      description: citizen.description,
    },
  };
}

function movedToText(reference: string, ctx: CallbackCardContext): string {
  return ctx.movedToCenterCode ? m.movedTo(ctx.movedToCenterCode, reference) : m.movedToUnknown(reference);
}

import type { BindingRefusal } from '../admin-log/admin-log-store';

/**
 * Who may bind or move a center's channel (and the coordinators' channel). Binding decides
 * where citizens' callbacks go and, through team membership, who may act on them, so it is an
 * administrator's act: BINDING_ADMINS names them by Entra object id, compared with the sender's
 * verified `aadObjectId`. With no administrator named (local try-out only; production refuses to
 * start that way), a center that has no channel yet may be bound by anyone, once: every later
 * change, and taking a channel another center uses, needs an administrator.
 */
export type BindingDecision =
  { allowed: true; firstOnly: boolean } | { allowed: false; reason: BindingRefusal };

export interface BindingRequest {
  /** The sender's verified Entra object id; null when the activity carries none. */
  aadObjectId: string | null;
  /** The center already has a channel (binding it elsewhere, or again with another tag, changes it). */
  centerBound: boolean;
  /** The channel already serves another center, which would lose it. */
  channelTaken: boolean;
}

export function decideBinding(admins: readonly string[], request: BindingRequest): BindingDecision {
  if (admins.length > 0) {
    const sender = request.aadObjectId?.toLowerCase();
    return sender !== undefined && admins.includes(sender)
      ? { allowed: true, firstOnly: false }
      : { allowed: false, reason: 'not_admin' };
  }
  if (request.centerBound || request.channelTaken) return { allowed: false, reason: 'no_admins' };
  // Checked again inside the write: two first bindings at once must not become a move.
  return { allowed: true, firstOnly: true };
}

import { callbackMessages } from '../texts/callbacks';
import type { TransitionRefusal } from './lifecycle';

const r = callbackMessages.refusal;

/** The Danish sentence a staff member sees when an action on a callback is refused. */
export function describeRefusal(refusal: TransitionRefusal): string {
  switch (refusal.reason) {
    case 'already_claimed':
      return r.alreadyClaimed(refusal.holder.name);
    case 'not_holder':
      return r.notHolder(refusal.holder.name);
    case 'too_few_attempts':
      return r.tooFewAttempts(refusal.attempts, refusal.required);
    case 'same_center':
      return r.sameCenter(refusal.centerCode);
    case 'erased':
      return r.erased;
    case 'wrong_status':
      switch (refusal.status) {
        case 'open':
          return refusal.action === 'reopen' ? r.alreadyOpen : r.notClaimed;
        case 'claimed':
          return r.notClosed;
        case 'closed':
          return r.closed;
        case 'moved':
          return r.moved(refusal.movedTo);
      }
  }
}

import type { DeliverHandlers } from '../../outbox/delivery';
import { bindingNoticeKind } from '../../centers/binding-notices';
import { tellBindingChange } from './binding-notice';
import type { DeliveryDeps } from './delivery-deps';
import {
  escalateToCoordinators,
  notifyAgent,
  remindInThread,
  reportUndeliverableToCoordinators,
} from './notices';
import { postCallbackCard } from './post-callback-card';
import { updateCallbackCard } from './update-callback-card';

/** How each kind of outbox entry reaches Teams. */
export const teamsDeliveries = (deps: DeliveryDeps): DeliverHandlers => ({
  post_callback: postCallbackCard(deps),
  update_card: updateCallbackCard(deps),
  notify_agent: notifyAgent(deps),
  reminder: remindInThread(deps),
  escalation: escalateToCoordinators(deps),
  [bindingNoticeKind]: tellBindingChange(deps),
  undeliverable_notice: reportUndeliverableToCoordinators(deps),
});

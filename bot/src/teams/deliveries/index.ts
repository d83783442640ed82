import { checkedDeliveries, type MessageDeliveries } from '../../outbox/outbox-messages';
import type { DeliverHandlers } from '../../outbox/delivery';
import { deliverBindingNotice } from './binding-notice';
import type { DeliveryDeps } from './delivery-deps';
import {
  deliverAgentNotice,
  deliverEscalation,
  deliverReminder,
  deliverUndeliverableNotice,
} from './notices';
import { deliverCallbackPost } from './post-callback-card';
import { deliverCardUpdate } from './update-callback-card';

/** How each kind of outbox message reaches Teams: one delivery per kind of the catalogue. */
const teamsDeliveries = (deps: DeliveryDeps): MessageDeliveries => ({
  post_callback: deliverCallbackPost(deps),
  update_card: deliverCardUpdate(deps),
  notify_agent: deliverAgentNotice(deps),
  reminder: deliverReminder(deps),
  escalation: deliverEscalation(deps),
  binding_notice: deliverBindingNotice(deps),
  undeliverable_notice: deliverUndeliverableNotice(deps),
});

/** The dispatcher's table: every delivery behind its kind's payload check. */
export const teamsDeliveryTable = (deps: DeliveryDeps): DeliverHandlers =>
  checkedDeliveries(teamsDeliveries(deps));

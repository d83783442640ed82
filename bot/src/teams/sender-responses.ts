import { ConnectorFailure } from './connector-failure';

/**
 * Reading the ids out of the connector's answers. A post that succeeded but named no id cannot
 * be updated later; it is reported as UNEXPECTED_RESPONSE (given up, not retried), because
 * posting again would show the card twice.
 */
export const unexpectedResponse = (message: string) =>
  new ConnectorFailure({ code: 'UNEXPECTED_RESPONSE', message });

/** `{id: "CHANNEL;messageid=N", activityId: "N"}`; older answers name the root only in the id. */
export function threadActivityId(created: { id?: string; activityId?: string }): {
  conversationId: string;
  activityId: string;
} {
  const conversationId = created.id;
  if (!conversationId) throw unexpectedResponse('the new thread came back without a conversation id');
  const activityId = created.activityId || /;messageid=(.+)$/.exec(conversationId)?.[1];
  if (!activityId)
    throw unexpectedResponse(`the new thread ${conversationId} came back without an activity id`);
  return { conversationId, activityId };
}

export function sentActivityIds(sent: { id?: string }): string {
  if (!sent.id) throw unexpectedResponse('the sent activity came back without an id');
  return sent.id;
}

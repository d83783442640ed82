import * as Mappers from 'botframework-connector/lib/connectorApi/models/mappers';

/**
 * Teams alerts everybody with a tag when a bot's message @mentions the tag with
 * `mentioned: { id, name, type: "tag" }`. botframework-connector serializes `mentioned` with the
 * ChannelAccount mapper, which has no `type` and drops it, so the mention would reach Teams as a
 * mention of an unknown user (botbuilder-js#4584 added only a nested `properties`). Teaching the
 * mapper the field keeps it. Patched once, at import, in the only folder that knows botbuilder.
 */
const channelAccount = (
  Mappers as unknown as { ChannelAccount: { type: { modelProperties: Record<string, unknown> } } }
).ChannelAccount;
channelAccount.type.modelProperties.type ??= { serializedName: 'type', type: { name: 'String' } };

/**
 * The resource-specific permission the package asks for when CHANNEL_MESSAGE_READ_GRANTED=true
 * (decision 0032). When a team owner installs (or updates) the app with it, they consent for
 * their team only, and then:
 *
 * - the Entra app of `webApplicationInfo` (TAB_CLIENT_ID, by default the bot's app) may read,
 *   as itself through Microsoft Graph, every message and reply in the team's standard channels,
 *   with their attachments, cards and reactions; nothing in private or shared channels, chats,
 *   or other teams;
 * - Teams sends the bot every message in those channels, not only the ones that @mention it.
 *
 * The server uses it for one thing: before posting a callback's card again after an unknown
 * outcome, it reads the newest thread roots of the center's channel and looks for its own card
 * of that callback. It ignores channel messages that do not mention it, and stores nothing it reads.
 */
const channelReadAuthorization = {
  permissions: {
    resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }],
  },
} as const;

export function withChannelRead(
  manifest: Record<string, unknown>,
  granted: boolean,
): Record<string, unknown> {
  return granted ? { ...manifest, authorization: channelReadAuthorization } : manifest;
}

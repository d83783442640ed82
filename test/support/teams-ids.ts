import { createHash } from 'node:crypto';

/**
 * Ids shaped like production Teams ids, derived from a seed so that a test run is repeatable.
 * Real ids carry `:`, `@`, `;`, `=`, `-` and `_`, which is exactly what breaks naive URL handling.
 */
function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

const base64url = (seed: string, length: number): string =>
  (digest(seed).toString('base64url') + digest(`${seed}#2`).toString('base64url')).slice(0, length);

const hex = (seed: string, length: number): string => digest(seed).toString('hex').slice(0, length);

function uuid(seed: string): string {
  const h = hex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const teamsIds = {
  /** `29:1...`: a user's id for this bot (differs per app; the AAD object id does not). */
  user: (seed: string) => `29:1${base64url(`user:${seed}`, 52)}`,
  aadObject: (seed: string) => uuid(`aad:${seed}`),
  tenant: (seed: string) => uuid(`tenant:${seed}`),
  /** `28:<app id>`: the bot's id in Teams is its Microsoft app id with a prefix. */
  bot: (seed: string) => `28:${uuid(`app:${seed}`)}`,
  /** A standard channel or a team (the General channel's id is the team id). */
  channel: (seed: string) => `19:${hex(`channel:${seed}`, 32)}@thread.tacv2`,
  /** The 1:1 chat between the bot and a user; stable per user, like in Teams. */
  personalConversation: (userId: string) => `a:1${base64url(`personal:${userId}`, 64)}`,
  thread: (channelId: string, rootId: string) => `${channelId};messageid=${rootId}`,
};

/** Splits `19:...@thread.tacv2;messageid=123` into the channel and the root post of the thread. */
export function splitThreadId(conversationId: string): { channelId: string; rootId?: string } {
  const match = /^(.*);messageid=(.+)$/.exec(conversationId);
  return match?.[1] && match[2] ? { channelId: match[1], rootId: match[2] } : { channelId: conversationId };
}

/** Channel and team conversations; group chats end in `@thread.v2` and personal chats start with `a:`. */
export const isChannelId = (id: string): boolean => /^19:.*@thread\.(tacv2|skype)$/.test(id);

/**
 * Message ids in Teams are epoch milliseconds. Counters from fixed bases keep runs repeatable and
 * keep incoming (test-made) ids apart from ids the emulator hands out.
 */
export function messageIdCounter(base: number): () => string {
  let next = base;
  return () => String(next++);
}

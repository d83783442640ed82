import { createHash } from 'node:crypto';

/** "The same chat", without keeping the Teams conversation id itself. */
export const chatKeyOf = (conversationId: string): string =>
  createHash('sha256').update(conversationId).digest('base64url').slice(0, 22);

/**
 * Teams refuses a bot message above about 28 KB with 413 MessageSizeTooBig (decision 0045). The
 * documents disagree on the limit (28, 40 or 100 KB) but agree that Teams counts the activity
 * encoded as UTF-16, so this project measures it that way and keeps to the smallest figure.
 */
export const maxMessageBytes = 28 * 1024;

/**
 * What one card may take. The rest of the 28 KB is left for what is wrapped around it on the way
 * out: the activity's ids, conversation, sender and recipient, a mention, the service URL.
 */
export const cardBudgetBytes = 24 * 1024;

/** The size of a message (or a card) as Teams counts it: its JSON in UTF-16. */
export const messageBytes = (value: unknown): number => JSON.stringify(value).length * 2;

export const fitsInMessage = (card: unknown): boolean => messageBytes(card) <= cardBudgetBytes;

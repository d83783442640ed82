/**
 * Teams' automatic card refresh, which the Agents Playground does not do (docs/playground.md,
 * "Where the playground is not Teams"). In Teams, when the bot updates a channel card whose
 * `refresh.userIds` names the holder, the holder's client asks the bot again (an
 * `adaptiveCard/action` invoke with the refresh verb) and shows the answer: the holder's view,
 * with the citizen's details. The playground shows the shared card to everybody, so a holder who
 * records a call attempt lost the citizen's details. The relay plays Teams' part: for such an
 * update it asks the bot the way the holder's client would and passes that card on. In the
 * playground one person plays every role, so the holder's view is the one to show.
 */

type Json = Record<string, unknown>;

export interface CardRefresh {
  verb: string;
  data: unknown;
  userIds: string[];
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A card update (`PUT …/activities/:id`) whose card asks Teams to refresh it for some users. */
export function refreshOf(method: string, url: string, body: Buffer): CardRefresh | null {
  if (method !== 'PUT' || !/\/v3\/conversations\/[^/]+\/activities\/[^/?]+/.test(url)) return null;
  let activity: unknown;
  try {
    activity = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  const attachments = isObject(activity) ? activity.attachments : undefined;
  const content = Array.isArray(attachments) && isObject(attachments[0]) ? attachments[0].content : undefined;
  const refresh = isObject(content) ? content.refresh : undefined;
  const action = isObject(refresh) ? refresh.action : undefined;
  const userIds = isObject(refresh) ? refresh.userIds : undefined;
  if (!isObject(action) || typeof action.verb !== 'string' || !Array.isArray(userIds)) return null;
  return { verb: action.verb, data: action.data, userIds: userIds.filter((u) => typeof u === 'string') };
}

/** An `adaptiveCard/action` invoke the playground sent to the bot, to copy who and where from. */
export function isCardInvoke(body: Buffer): Json | null {
  try {
    const activity: unknown = JSON.parse(body.toString('utf8'));
    return isObject(activity) && activity.type === 'invoke' && activity.name === 'adaptiveCard/action'
      ? activity
      : null;
  } catch {
    return null;
  }
}

/**
 * The refresh Teams would send for the user of `clicked` (the invoke that led to the update), or
 * null when the card is not to be refreshed for that user.
 */
export function refreshInvoke(clicked: Json, refresh: CardRefresh, activityId: string): Json | null {
  const from = isObject(clicked.from) ? clicked.from : null;
  if (!from || typeof from.id !== 'string' || !refresh.userIds.includes(from.id)) return null;
  return {
    ...clicked,
    id: `refresh-${Date.now()}`,
    timestamp: new Date().toISOString(),
    replyToId: activityId,
    value: {
      action: { type: 'Action.Execute', verb: refresh.verb, data: refresh.data },
      trigger: 'automatic',
    },
  };
}

/** The card from the bot's invoke answer (`{ statusCode, type, value }`), if it sent one. */
export function cardOfAnswer(answer: unknown): Json | null {
  return isObject(answer) &&
    answer.type === 'application/vnd.microsoft.card.adaptive' &&
    isObject(answer.value)
    ? answer.value
    : null;
}

/** The update with `card` in place of the shared card. */
export function withCard(body: Buffer, card: Json): Buffer {
  const activity = JSON.parse(body.toString('utf8')) as Json & { attachments: Json[] };
  const [first, ...rest] = activity.attachments;
  return Buffer.from(
    JSON.stringify({ ...activity, attachments: [{ ...first, content: card }, ...rest] }),
    'utf8',
  );
}

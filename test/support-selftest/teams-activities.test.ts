import {
  cardAction,
  channelCreated,
  channelMention,
  inChannelThread,
  inPersonalChat,
  installInTeam,
  installPersonal,
  personalMessage,
  removeFromTeam,
  submitAction,
  type IncomingActivity,
} from '../support/teams-activities';
import { channelOf, testBot, testTeam, testTenantId, testUser } from '../support/teams-fixtures';

const serviceUrl = 'https://smba.trafficmanager.net/emea/';
const alex = testUser('Alex Wilber');
const team = testTeam('CSO', ['Borgerservice'], [alex]);
const channel = channelOf(team, 'Borgerservice');
const inThread = inChannelThread(team, channel, '1760000000000');

const built: Array<[string, IncomingActivity]> = [
  ['personalMessage', personalMessage({ text: 'gult kort', user: alex, serviceUrl })],
  ['channelMention', channelMention({ text: 'tilknyt CSO', user: alex, team, channel, serviceUrl })],
  [
    'cardAction',
    cardAction({ verb: 'callback.claim', user: alex, conversation: inThread, replyToId: '1', serviceUrl }),
  ],
  [
    'submitAction',
    submitAction({
      value: { a: 1 },
      user: alex,
      conversation: inPersonalChat(alex),
      replyToId: '1',
      serviceUrl,
    }),
  ],
  ...installPersonal({ user: alex, serviceUrl }).map((a): [string, IncomingActivity] => [
    'installPersonal',
    a,
  ]),
  ...installInTeam({ user: alex, team, serviceUrl }).map((a): [string, IncomingActivity] => [
    'installInTeam',
    a,
  ]),
  ...removeFromTeam({ user: alex, team, serviceUrl }).map((a): [string, IncomingActivity] => [
    'removeFromTeam',
    a,
  ]),
  ['channelCreated', channelCreated({ user: alex, team, channel, serviceUrl })],
];

test.each(built)('%s carries what every Teams activity carries', (_name, activity) => {
  expect(activity).toMatchObject({
    channelId: 'msteams',
    serviceUrl,
    from: { id: alex.id, aadObjectId: alex.aadObjectId },
    recipient: { id: testBot.id, name: 'Kontaktcenter' },
    conversation: { tenantId: testTenantId },
    channelData: { tenant: { id: testTenantId } },
  });
  expect(activity.id).toEqual(expect.any(String));
  expect(new Date(activity.timestamp).toISOString()).toBe(activity.timestamp);
});

test('ids of separate activities never collide', () => {
  const ids = built.map(([, a]) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a channel mention names the bot in text and entity, and a root post names its own thread', () => {
  const mention = channelMention({ text: 'tilknyt CSO', user: alex, team, channel, serviceUrl });

  expect(mention.text).toBe('<at>Kontaktcenter</at> tilknyt CSO');
  expect(mention.entities).toContainEqual({
    type: 'mention',
    mentioned: { id: testBot.id, name: 'Kontaktcenter' },
    text: '<at>Kontaktcenter</at>',
  });
  expect(mention.conversation.id).toBe(`${channel.id};messageid=${mention.id}`);
  expect(mention.channelData).toMatchObject({ teamsTeamId: team.id, teamsChannelId: channel.id });
});

test('an Action.Execute press is an adaptiveCard/action invoke with verb, data and trigger', () => {
  const invoke = cardAction({
    verb: 'callback.claim',
    data: { callbackId: 'cb-1', version: 3 },
    trigger: 'automatic',
    user: alex,
    conversation: inThread,
    replyToId: '1760000000000',
    serviceUrl,
  });

  expect(invoke).toMatchObject({
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: '1760000000000',
    conversation: { id: `${channel.id};messageid=1760000000000`, conversationType: 'channel' },
    value: {
      action: { type: 'Action.Execute', verb: 'callback.claim', data: { callbackId: 'cb-1', version: 3 } },
      trigger: 'automatic',
    },
  });
});

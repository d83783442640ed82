import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { ChannelBinding } from '../../bot/src/centers/channel-binding-store';
import type { Store } from '../../bot/src/storage/store';
import { isAppError } from '../../bot/src/shared/errors';
import { ConnectorFailure } from '../../bot/src/teams/connector-failure';
import { membershipTtlMs, teamsCenterMembership } from '../../bot/src/teams/center-membership';
import type { TeamsMember, TeamsSender } from '../../bot/src/teams/teams-sender';

/** Teams as far as membership goes: who is in which team, and how often it was asked. */
function fakeTeams() {
  const teams = new Map<string, TeamsMember[]>();
  let asked = 0;
  let failure: ConnectorFailure | null = null;
  let signal: AbortSignal | undefined;
  const sender = {
    async getMember(input: { conversationId: string; userId: string; signal?: AbortSignal }) {
      asked++;
      signal = input.signal;
      if (failure) throw failure;
      return teams.get(input.conversationId)?.find((m) => m.id === input.userId) ?? null;
    },
  } as unknown as TeamsSender;
  return {
    sender,
    asked: () => asked,
    signal: () => signal,
    set: (teamId: string, members: TeamsMember[]) => teams.set(teamId, members),
    fail: (f: ConnectorFailure) => (failure = f),
  };
}

const hanne = { id: 'aad-hanne', teamsUserId: '29:hanne', name: 'Hanne' };
const hanneInTeams: TeamsMember = { id: '29:hanne', aadObjectId: 'aad-hanne', name: 'Hanne Holm' };

function setUp() {
  const teams = fakeTeams();
  let boundTeam = 'team-cso';
  const store = {
    channels: {
      bindingFor: async (centerCode: string) =>
        centerCode === 'CSO' ? ({ teamId: boundTeam, serviceUrl: 'https://teams' } as ChannelBinding) : null,
    },
  } as unknown as Store;
  let now = 0;
  const membership = teamsCenterMembership(store, teams.sender, {
    logger: createMemoryLogger('debug'),
    now: () => now,
  });
  return {
    teams,
    membership,
    rebind: (teamId: string) => (boundTeam = teamId),
    advance: (ms: number) => (now += ms),
  };
}

describe('who may act for a center: members of the team bound to it, asked of Teams', () => {
  test('a member’s clicks in a row ask Teams once, and get the name Teams knows', async () => {
    const t = setUp();
    t.teams.set('team-cso', [hanneInTeams]);

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.membership.memberOf('CSO', hanne));

    expect(answers).toEqual(Array(5).fill({ id: 'aad-hanne', name: 'Hanne Holm' }));
    expect(t.teams.asked()).toBe(1);
  });

  test('someone removed from the team loses access once the kept answer runs out', async () => {
    const t = setUp();
    t.teams.set('team-cso', [hanneInTeams]);
    await t.membership.memberOf('CSO', hanne);

    t.teams.set('team-cso', []);
    t.advance(membershipTtlMs - 1);
    expect(await t.membership.memberOf('CSO', hanne)).not.toBeNull();
    t.advance(1);
    expect(await t.membership.memberOf('CSO', hanne)).toBeNull();
  });

  test('a "no" is not kept: someone just added to the team can act at once', async () => {
    const t = setUp();
    expect(await t.membership.memberOf('CSO', hanne)).toBeNull();

    t.teams.set('team-cso', [hanneInTeams]);

    expect(await t.membership.memberOf('CSO', hanne)).toEqual({ id: 'aad-hanne', name: 'Hanne Holm' });
  });

  test('rebinding the center to another team asks that team at once', async () => {
    const t = setUp();
    t.teams.set('team-cso', [hanneInTeams]);
    await t.membership.memberOf('CSO', hanne);

    t.rebind('team-other');

    expect(await t.membership.memberOf('CSO', hanne)).toBeNull();
  });

  test('a kept "yes" is never given to another user, even one presenting the same Teams id', async () => {
    const t = setUp();
    t.teams.set('team-cso', [hanneInTeams]);
    await t.membership.memberOf('CSO', hanne);

    const impostor = { ...hanne, id: 'aad-someone-else' };

    // Teams answers for 29:hanne, whose Entra id is not the verified sender's.
    expect(await t.membership.memberOf('CSO', impostor)).toBeNull();
  });

  test('a center without a bound channel has no members', async () => {
    const t = setUp();
    expect(await t.membership.memberOf('CBAK', hanne)).toBeNull();
    expect(t.teams.asked()).toBe(0);
  });

  test('the turn’s budget is handed to Teams’ look-up', async () => {
    const t = setUp();
    const budget = AbortSignal.timeout(5000);
    await t.membership.memberOf('CSO', hanne, budget);
    expect(t.teams.signal()).toBe(budget);
  });

  test.each([
    ['the app removed from the team', { status: 403, code: 'BotNotInConversationRoster' }, 'BOT_NOT_IN_TEAM'],
    ['a timeout', { code: 'timeout' }, 'TEAMS_UNAVAILABLE'],
    ['the budget run out', { code: 'aborted' }, 'TEAMS_UNAVAILABLE'],
    [
      '429 with Retry-After',
      { status: 429, code: 'TooManyRequests', retryAfterSeconds: 30 },
      'TEAMS_UNAVAILABLE',
    ],
    ['another 403', { status: 403, code: 'BotDisabledByAdmin' }, 'TEAMS_UNAVAILABLE'],
    ['502', { status: 502, code: 'BadGateway' }, 'TEAMS_UNAVAILABLE'],
  ] as const)('%s is neither yes nor no', async (_what, failure, code) => {
    const t = setUp();
    t.teams.fail(new ConnectorFailure({ ...failure, message: 'x' }));

    const error = await t.membership.memberOf('CSO', hanne).catch((e: unknown) => e);

    expect(isAppError(error, code)).toBe(true);
    expect(error).toMatchObject({ details: { centerCode: 'CSO' } });
  });
});

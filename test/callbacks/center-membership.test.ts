import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { ChannelBinding, Store } from '../../bot/src/shared/store-ports';
import { membershipTtlMs, teamsCenterMembership } from '../../bot/src/teams/center-membership';
import type { TeamsMember, TeamsSender } from '../../bot/src/teams/teams-sender';

/** Teams as far as membership goes: who is in which team, and how often it was asked. */
function fakeTeams() {
  const teams = new Map<string, TeamsMember[]>();
  let asked = 0;
  const sender = {
    async getMember({ conversationId, userId }: { conversationId: string; userId: string }) {
      asked++;
      return teams.get(conversationId)?.find((m) => m.id === userId) ?? null;
    },
  } as unknown as TeamsSender;
  return {
    sender,
    asked: () => asked,
    set: (teamId: string, members: TeamsMember[]) => teams.set(teamId, members),
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
});

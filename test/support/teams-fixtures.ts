import { teamsIds } from './teams-ids';

/** A Teams user as the connector reports it (TeamsChannelAccount). */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  givenName?: string;
  surname?: string;
  email?: string;
  userPrincipalName?: string;
}

export interface TeamsBot {
  id: string;
  name: string;
}

export interface TeamsChannel {
  id: string;
  name?: string;
  /** Bots cannot post in private or shared channels; the emulator refuses like Teams does. */
  membershipType?: 'standard' | 'private' | 'shared';
}

export interface TeamsTeam {
  id: string;
  name: string;
  tenantId?: string;
  aadGroupId?: string;
  channels?: TeamsChannel[];
  members?: TeamsUser[];
}

export const testTenantId = teamsIds.tenant('ltk');
export const testBot: TeamsBot = { id: teamsIds.bot('kontaktcenter'), name: 'Kontaktcenter' };

/** A user with realistic ids and a Danish municipal address, derived from the display name. */
export function testUser(name: string): TeamsUser {
  const [givenName = name, ...rest] = name.split(' ');
  const local = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z ]/g, '')
    .replace(/ +/g, '.');
  const upn = `${local}@ltk.dk`;
  return {
    id: teamsIds.user(name),
    name,
    aadObjectId: teamsIds.aadObject(name),
    givenName,
    ...(rest.length > 0 ? { surname: rest.join(' ') } : {}),
    email: upn,
    userPrincipalName: upn,
  };
}

/** A team whose General channel id is the team id, plus standard channels named as given. */
export function testTeam(name: string, channelNames: string[] = [], members: TeamsUser[] = []): TeamsTeam {
  const id = teamsIds.channel(`team:${name}`);
  return {
    id,
    name,
    tenantId: testTenantId,
    aadGroupId: teamsIds.aadObject(`group:${name}`),
    channels: channelNames.map((channel) => ({
      id: teamsIds.channel(`${name}/${channel}`),
      name: channel,
      membershipType: 'standard',
    })),
    members,
  };
}

/** The channel of a team by name; throws so that a typo in a test fails loudly. */
export function channelOf(team: TeamsTeam, name: string): TeamsChannel {
  const channel = team.channels?.find((c) => c.name === name);
  if (!channel) throw new Error(`team ${team.name} has no channel ${name}`);
  return channel;
}

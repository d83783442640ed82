/**
 * What the bot learnt about the teams it is installed in. A port: plain objects and Dates, so that
 * the Teams adapter never sees a database driver.
 */

interface TeamChannel {
  teamId: string;
  channelId: string;
  channelName: string | null;
}

interface KnownTeam {
  teamId: string;
  teamName: string | null;
  tenantId: string;
  serviceUrl: string;
  installedAt: Date;
}

/** Teams and channels the bot learnt from install and channel events. */
export interface TeamStore {
  recordInstall(install: {
    teamId: string;
    teamName: string | null;
    tenantId: string;
    serviceUrl: string;
    channels?: readonly { channelId: string; channelName: string | null }[];
    at: Date;
  }): Promise<void>;
  recordChannel(channel: TeamChannel & { at: Date }): Promise<void>;
  forgetChannel(channelId: string): Promise<void>;
  teamChannels(teamId: string): Promise<TeamChannel[]>;
  listTeams(): Promise<KnownTeam[]>;
}

import type { ChannelBinding } from '../../../bot/src/centers/channel-binding-store';
import { at, newCallback, postCard, staff, otherStaff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const serviceUrl = 'https://smba.trafficmanager.net/emea/';
const binding = (centerCode: string, channelId: string, iso: string, by = staff): ChannelBinding => ({
  centerCode,
  serviceUrl,
  tenantId: 'tenant-ltk',
  teamId: 'team-1',
  channelId,
  channelName: `Kanal ${channelId}`,
  boundBy: by,
  at: at(iso),
  mention: null,
});

export function teamsScenarios(target: StoreTarget): void {
  describe('what the bot knows about Teams', () => {
    const h = useStore(target);

    test('a moved callback has two card posts, oldest first, and recording a post twice keeps one', async () => {
      const { callback } = await h.store.callbacks.bookCallback(newCallback(), postCard);
      const post = (centerCode: string, channelId: string, activityId: string, iso: string) => ({
        callbackId: callback.id,
        centerCode,
        serviceUrl,
        tenantId: 'tenant-ltk',
        channelId,
        conversationId: `${channelId};messageid=${activityId}`,
        activityId,
        postedAt: at(iso),
      });
      await h.store.cardPosts.recordCardPost(
        post('CSO', '19:cso@thread.tacv2', '1001', '2026-09-01T08:00:01Z'),
      );
      await h.store.cardPosts.recordCardPost(
        post('CSO', '19:cso@thread.tacv2', '1001', '2026-09-01T08:00:02Z'),
      );
      await h.store.cardPosts.recordCardPost(
        post('CØI', '19:coi@thread.tacv2', '2002', '2026-09-01T09:00:00Z'),
      );

      await h.store.cardPosts.recordCardPost({
        ...post('CØI', '19:coi@thread.tacv2', '2003', '2026-09-01T09:00:01Z'),
        resent: true,
      });

      expect(await h.store.cardPosts.cardPostsOf(callback.id)).toEqual([
        { ...post('CSO', '19:cso@thread.tacv2', '1001', '2026-09-01T08:00:01Z'), resent: false },
        { ...post('CØI', '19:coi@thread.tacv2', '2002', '2026-09-01T09:00:00Z'), resent: false },
        { ...post('CØI', '19:coi@thread.tacv2', '2003', '2026-09-01T09:00:01Z'), resent: true },
      ]);
    });

    test('binding a center to another channel replaces its binding and says which one it was', async () => {
      expect(await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'))).toEqual({
        previous: null,
        displaced: null,
        change: expect.objectContaining({ action: 'binding.created', centerCode: 'CSO' }),
      });
      const rebind = binding('CSO', 'ch-2', '2026-09-02T08:00:00Z', otherStaff);

      const result = await h.store.channels.bindChannel(rebind);

      expect(result).toEqual({
        previous: binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'),
        displaced: null,
        change: expect.objectContaining({ action: 'binding.moved', actor: otherStaff }),
      });
      expect(await h.store.channels.bindingFor('CSO')).toEqual(rebind);
      expect(await h.store.channels.bindingOfChannel('ch-1')).toBeNull();
      expect(await h.store.channels.bindingOfChannel('ch-2')).toEqual(rebind);
    });

    test('the tag a binding mentions is kept, and a rebinding without one forgets it', async () => {
      const tag = { kind: 'tag' as const, id: 'tag-123', name: 'CSO-tilbagekald' };
      await h.store.channels.bindChannel({ ...binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'), mention: tag });
      expect((await h.store.channels.bindingFor('CSO'))?.mention).toEqual(tag);
      await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-02T08:00:00Z'));
      expect((await h.store.channels.bindingFor('CSO'))?.mention).toBeNull();
    });

    test('binding a channel to a new center takes it from the center it served, which is reported', async () => {
      await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'));
      await h.store.channels.bindChannel(binding('koordinator', 'ch-k', '2026-09-01T08:00:00Z'));

      const result = await h.store.channels.bindChannel(binding('CØI', 'ch-1', '2026-09-03T08:00:00Z'));

      expect(result).toEqual({
        previous: null,
        displaced: binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'),
        change: expect.objectContaining({ action: 'binding.created' }),
      });
      expect(await h.store.channels.bindingFor('CSO')).toBeNull();
      expect((await h.store.channels.bindingFor('CØI'))?.channelId).toBe('ch-1');
      expect((await h.store.channels.listBindings()).map((b) => b.centerCode).sort()).toEqual([
        'CØI',
        'koordinator',
      ]);
    });

    test("a team's new service URL reaches its bindings, its install record and the card posts in its bound channels", async () => {
      const newUrl = 'https://smba.trafficmanager.net/emea/moved/';
      await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'));
      await h.store.channels.bindChannel(binding('koordinator', 'ch-k', '2026-09-01T08:00:00Z'));
      await h.store.channels.bindChannel({
        ...binding('CØI', 'ch-2', '2026-09-01T08:00:00Z'),
        teamId: 'team-2',
      });
      await h.store.teams.recordInstall({
        teamId: 'team-1',
        teamName: 'CSO',
        tenantId: 'tenant-ltk',
        serviceUrl,
        at: at('2026-09-01T08:00:00Z'),
      });
      const { callback } = await h.store.callbacks.bookCallback(newCallback(), postCard);
      const post = { callbackId: callback.id, centerCode: 'CSO', serviceUrl, tenantId: 'tenant-ltk' };
      await h.store.cardPosts.recordCardPost({
        ...post,
        channelId: 'ch-1',
        conversationId: 'ch-1;messageid=1',
        activityId: '1',
      });
      await h.store.cardPosts.recordCardPost({
        ...post,
        channelId: 'ch-2',
        conversationId: 'ch-2;messageid=2',
        activityId: '2',
      });

      expect(await h.store.channels.refreshServiceUrl('team-1', newUrl)).toBe(2);
      expect(await h.store.channels.refreshServiceUrl('team-1', newUrl)).toBe(0);

      const urls = Object.fromEntries(
        (await h.store.channels.listBindings()).map((b) => [b.centerCode, b.serviceUrl]),
      );
      expect(urls).toEqual({ CSO: newUrl, koordinator: newUrl, CØI: serviceUrl });
      expect((await h.store.teams.listTeams()).map((t) => t.serviceUrl)).toEqual([newUrl]);
      expect(
        (await h.store.cardPosts.cardPostsOf(callback.id)).map((p) => [p.channelId, p.serviceUrl]),
      ).toEqual([
        ['ch-1', newUrl],
        ['ch-2', serviceUrl],
      ]);
    });

    test('installing in a team records its channels; a later install keeps the first install time', async () => {
      const install = { teamId: 'team-1', teamName: 'CSO', tenantId: 'tenant-ltk', serviceUrl };
      await h.store.teams.recordInstall({
        ...install,
        channels: [
          { channelId: 'team-1', channelName: null },
          { channelId: 'ch-visitation', channelName: 'Visitation' },
        ],
        at: at('2026-09-01T08:00:00Z'),
      });
      await h.store.teams.recordChannel({
        teamId: 'team-1',
        channelId: 'ch-ny',
        channelName: 'Ældre',
        at: at('2026-09-02T08:00:00Z'),
      });
      await h.store.teams.recordInstall({
        ...install,
        teamName: 'CSO Sundhed',
        at: at('2026-09-03T08:00:00Z'),
      });
      await h.store.teams.forgetChannel('ch-visitation');

      expect(await h.store.teams.teamChannels('team-1')).toEqual([
        { teamId: 'team-1', channelId: 'ch-ny', channelName: 'Ældre' },
        { teamId: 'team-1', channelId: 'team-1', channelName: null },
      ]);
      expect(await h.store.teams.listTeams()).toEqual([
        { ...install, teamName: 'CSO Sundhed', installedAt: at('2026-09-01T08:00:00Z') },
      ]);
    });

    test("an agent's personal conversation is remembered, and replaced when it changes", async () => {
      const conversation = {
        userId: 'aad-agent-1',
        teamsUserId: '29:agent',
        conversationId: 'a:first',
        serviceUrl,
        tenantId: 'tenant-ltk',
      };
      await h.store.users.saveUserConversation(conversation);
      await h.store.users.saveUserConversation({ ...conversation, conversationId: 'a:second' });

      expect(await h.store.users.userConversation('aad-agent-1')).toEqual({
        ...conversation,
        conversationId: 'a:second',
      });
      expect(await h.store.users.userConversation('aad-unknown')).toBeNull();
    });
  });
}

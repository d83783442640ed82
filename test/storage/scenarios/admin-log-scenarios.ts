import type { AdminChangeDraft } from '../../../bot/src/admin-log/admin-log-store';
import type { ChannelBinding } from '../../../bot/src/centers/channel-binding-store';
import { at, otherStaff, staff } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { useStore } from '../use-store';

const address = (channelId: string) => ({
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-ltk',
  teamId: 'team-1',
  channelId,
  channelName: `Kanal ${channelId}`,
});
const binding = (centerCode: string, channelId: string, iso: string, by = staff): ChannelBinding => ({
  centerCode,
  ...address(channelId),
  boundBy: by,
  at: at(iso),
  mention: null,
});

export function adminLogScenarios(target: StoreTarget): void {
  describe('the log of administrative changes', () => {
    const h = useStore(target);

    test('every binding change is logged in its own transaction: created, moved, changed, with where from and to', async () => {
      await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'));
      await h.store.channels.bindChannel(binding('CSO', 'ch-2', '2026-09-02T08:00:00Z', otherStaff));
      await h.store.channels.bindChannel({
        ...binding('CSO', 'ch-2', '2026-09-03T08:00:00Z'),
        mention: { kind: 'tag', id: 'tag-1', name: 'CSO-tilbagekald' },
      });
      await h.store.channels.bindChannel(binding('CØI', 'ch-2', '2026-09-04T08:00:00Z'));

      const { entries, total } = await h.store.adminLog.adminChanges({ limit: 10, offset: 0 });
      expect(total).toBe(4);
      expect(entries.map((e) => [e.at.toISOString(), e.action, e.centerCode, e.actor.name])).toEqual([
        ['2026-09-04T08:00:00.000Z', 'binding.created', 'CØI', staff.name],
        ['2026-09-03T08:00:00.000Z', 'binding.changed', 'CSO', staff.name],
        ['2026-09-02T08:00:00.000Z', 'binding.moved', 'CSO', otherStaff.name],
        ['2026-09-01T08:00:00.000Z', 'binding.created', 'CSO', staff.name],
      ]);
      expect(entries[0]!.details).toEqual({
        from: null,
        to: address('ch-2'),
        displacedCenter: 'CSO',
        mention: null,
        reason: null,
      });
      expect(entries[1]!.details).toMatchObject({ mention: 'CSO-tilbagekald', from: address('ch-2') });
      expect(entries[2]!.details).toMatchObject({ from: address('ch-1'), to: address('ch-2') });
      expect(await h.store.adminLog.adminChange(entries[2]!.id)).toEqual(entries[2]);
    });

    test('notices are written with the change, and a first-only binding of a bound center writes nothing', async () => {
      const first = await h.store.channels.bindChannel(binding('CSO', 'ch-1', '2026-09-01T08:00:00Z'), {
        firstOnly: true,
        notices: (change) => [
          {
            kind: 'binding_notice',
            callbackId: null,
            payload: { changeId: change.id, to: 'coordinators' },
            dedupeKey: `binding:${change.id}:coordinators`,
            nextAttemptAt: change.at,
          },
        ],
      });
      expect(first.change).not.toBeNull();
      expect(await h.store.outbox.byDedupeKey(`binding:${first.change!.id}:coordinators`)).toMatchObject({
        kind: 'binding_notice',
        status: 'pending',
        payload: { changeId: first.change!.id, to: 'coordinators' },
      });

      const again = await h.store.channels.bindChannel(binding('CSO', 'ch-9', '2026-09-02T08:00:00Z'), {
        firstOnly: true,
        notices: () => {
          throw new Error('no notices for a change that is not made');
        },
      });
      expect(again).toEqual({
        previous: expect.objectContaining({ channelId: 'ch-1' }),
        displaced: null,
        change: null,
      });
      const taken = await h.store.channels.bindChannel(binding('CSI', 'ch-1', '2026-09-02T08:00:00Z'), {
        firstOnly: true,
      });
      expect(taken.change).toBeNull();
      expect((await h.store.channels.bindingFor('CSO'))?.channelId).toBe('ch-1');
      expect(await h.store.channels.bindingFor('CSI')).toBeNull();
      expect((await h.store.adminLog.adminChanges({ limit: 10, offset: 0 })).total).toBe(1);
    });

    test('refusals are recorded, pages come newest first, and retention deletes what is older', async () => {
      const refusal = (iso: string, centerCode: string): AdminChangeDraft => ({
        at: at(iso),
        actor: otherStaff,
        action: 'binding.refused',
        centerCode,
        details: {
          from: address('ch-1'),
          to: address('ch-x'),
          displacedCenter: null,
          mention: null,
          reason: 'not_admin',
        },
      });
      const recorded = await h.store.adminLog.recordAdminChange(refusal('2026-09-01T08:00:00Z', 'CSO'));
      await h.store.adminLog.recordAdminChange(refusal('2026-09-02T08:00:00Z', 'CSI'));
      await h.store.adminLog.recordAdminChange(refusal('2026-09-03T08:00:00Z', 'CUP'));
      expect(await h.store.adminLog.adminChange(recorded.id)).toEqual(recorded);

      const page = await h.store.adminLog.adminChanges({ limit: 2, offset: 1 });
      expect(page.total).toBe(3);
      expect(page.entries.map((e) => e.centerCode)).toEqual(['CSI', 'CSO']);

      expect(await h.store.adminLog.purgeAdminChanges(at('2026-09-02T12:00:00Z'))).toBe(2);
      expect(
        (await h.store.adminLog.adminChanges({ limit: 10, offset: 0 })).entries.map((e) => e.centerCode),
      ).toEqual(['CUP']);
    });
  });
}

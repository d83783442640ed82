import { downloadRefusal, type DownloadLink } from '../../bot/src/downloads/download-link';

/** When a download link is served, table-driven (decision 0051). */
const created = new Date('2026-11-04T10:30:00Z');
const at = (seconds: number) => new Date(created.getTime() + seconds * 1000);
const link = (usedAt: Date | null = null): DownloadLink => ({
  viewer: { id: 'owner', name: 'Karin', roles: ['coordinator'], centerCodes: [] },
  what: 'callbacks_csv',
  query: '',
  createdAt: created,
  expiresAt: at(60),
  usedAt,
});

test.each<[string, DownloadLink | null, string | null, Date, string | null]>([
  ['no such link', null, null, at(1), 'unknown'],
  ['fresh, no token (opened by Teams in a browser)', link(), null, at(1), null],
  ['fresh, signed in as the owner', link(), 'owner', at(59.999), null],
  ['fresh, signed in as someone else', link(), 'someone-else', at(1), 'other_user'],
  ['used, even by the owner', link(at(2)), 'owner', at(3), 'used'],
  ['used, someone else', link(at(2)), 'someone-else', at(3), 'other_user'],
  ['exactly at expiry', link(), null, at(60), 'expired'],
  ['used and expired says used', link(at(2)), null, at(90), 'used'],
])('%s', (_case, stored, requester, now, refusal) => {
  expect(downloadRefusal(stored, requester, now)).toBe(refusal);
});

import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';
import { containsPhoneCandidate } from '../../bot/src/privacy/phone-candidate';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { startHarness, textOf, type Harness } from '../integration/harness';

/**
 * Promise, over HTTP as Teams sends it: the bot never echoes a CPR- or phone-like digit group back
 * into Teams. Where an answer quotes what the agent typed (search titles, unknown commands, guide
 * ids, center codes), each such group is masked (•••).
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const channel = channelOf(cso, 'Tilbagekald');

/** The text between » and «: what the bot quoted of the agent's words. */
const quoted = (value: unknown): string[] => [...textOf(value).matchAll(/»([^«]*)«/g)].map((m) => m[1] ?? '');

describe('what the agent typed comes back with every personal number masked', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso] });
  });
  afterAll(() => h.stop());

  test.each([
    [
      'a search that finds guides',
      'det gule kort er vaek 22.33.44.55',
      'Vejledninger til »det gule kort er vaek •••«',
    ],
    ['a search that finds nothing', 'cpr 01.01.90.1234 xyzzy', 'Ingen vejledning passer til »cpr ••• xyzzy«'],
    ['a search with full-width digits', 'ring ２２３３４４５５', '»ring •••«'],
    ['a search with a number split by invisible characters', 'tlf 2233\u200b4455 pas', '»tlf ••• pas«'],
    ['an unknown command', '/0101901234', 'Jeg kender ikke kommandoen »/•••«'],
    ['a guide id that does not exist', 'vis 010190-1234', 'Jeg kan ikke finde vejledningen »•••«'],
    ['a center code that does not exist', 'tilbagekald 22334455', 'Jeg kender ikke centerkoden »•••«'],
  ])('%s: %j', async (_what, typed, expected) => {
    const { replies } = await h.say(agent, typed);

    expect(replies.length).toBeGreaterThan(0);
    expect(textOf(replies)).toContain(expected);
    for (const q of quoted(replies)) {
      expect(containsCprCandidate(q) || containsPhoneCandidate(q)).toBe(false);
    }
  });

  test('a channel binding to an unknown center code does not repeat the number', async () => {
    const { replies } = await h.mention(hanne, cso, channel, 'tilknyt 0101901234');

    expect(textOf(replies)).toContain('Jeg kender ikke centerkoden »•••«');
  });
});

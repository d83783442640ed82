import type { Callback, CallbackStatus } from '../../bot/src/callbacks/callback';
import { cardVerbs } from '../../bot/src/cards/card-verbs';
import {
  callbackChannelCard,
  callbackHolderCard,
  callbackInputIds,
  callbackVerbs,
} from '../../bot/src/cards/callback-cards';
import {
  callbackCardView,
  callbackHolderView,
  type CallbackCardContext,
} from '../../bot/src/cards/callback-view';
import { cardBudgetBytes, messageBytes } from '../../bot/src/cards/message-size';
import { leftoverExpressions } from '../../bot/src/cards/render-card';
import { bookingLimits } from '../../bot/src/callbacks/booking-form';
import template from '../../bot/src/cards/templates/callback-card.json';
import type { Center } from '../../bot/src/centers/center';
import { aCallback, hanne, inStatus } from '../callbacks/callback-fixture';
import { readable } from './readable';

const centers: Center[] = [
  {
    code: 'CSO',
    name: 'Center for Sundhed og Omsorg',
    handoverDate: '2026-09-01',
    unitPhone: '45 97 32 00',
    deadlineWorkingDays: 2,
  },
  {
    code: 'CSI',
    name: 'Center for Social Indsats',
    handoverDate: '2026-09-01',
    unitPhone: '45 97 33 00',
    deadlineWorkingDays: 2,
  },
  {
    code: 'CØI',
    name: 'Center for Økonomi og IT',
    handoverDate: '2026-12-01',
    unitPhone: '45 97 35 00',
    deadlineWorkingDays: 2,
  },
];
const ctx: CallbackCardContext = { centers, holderTeamsId: '29:hanne-mri', movedToCenterCode: 'CSI' };
const statuses: CallbackStatus[] = ['open', 'claimed', 'closed', 'moved'];

// Distinctive values, so a leak cannot hide behind text that also occurs elsewhere on the card.
const secret = {
  name: 'Xenia Qvistgaard',
  phone: '61728394',
  description: 'Zebrafinke-allergi og trappelift',
};
const withSecrets = (status: CallbackStatus): Callback => ({ ...inStatus[status](), citizen: secret });

type Node = Record<string, unknown>;
function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Node);
    Object.values(value).forEach((v) => nodes(v, out));
  }
  return out;
}
/** The card's facts, title -> value, as the rows of label and text show them. */
const factsOf = (card: Node): Record<string, string> =>
  Object.fromEntries(
    nodes(card)
      .filter((n) => n.type === 'ColumnSet')
      .map((row) => {
        const [label, value] = nodes(row).filter((n) => n.type === 'TextBlock' || n.type === 'TextRun');
        return [String(label?.text), String(value?.text)];
      }),
  );
const buttons = (card: Node) => nodes(card.actions).filter((n) => n.type === 'Action.Execute');
const verbsOf = (card: Node) => buttons(card).map((b) => b.verb);
const channelCard = (cb: Callback, c = ctx) => callbackChannelCard(callbackCardView(cb, c));
const holderCard = (cb: Callback, c = ctx) => callbackHolderCard(callbackHolderView(cb, c));

describe('callback card in the channel', () => {
  test.each(statuses)(
    'status %s: the card renders every expression, for the channel and for the holder',
    (status) => {
      expect(leftoverExpressions(template, channelCard(withSecrets(status)))).toEqual([]);
      expect(leftoverExpressions(template, holderCard(withSecrets(status)))).toEqual([]);
    },
  );

  test.each(statuses)(
    'status %s: nobody in the channel sees the citizen’s name, phone or description',
    (status) => {
      const json = readable(channelCard(withSecrets(status)));
      for (const leak of [secret.name, secret.phone, '61 72 83 94', secret.description, 'tel:']) {
        expect(json).not.toContain(leak);
      }
    },
  );

  test('the channel card drops the citizen even when handed the holder’s view', () => {
    const json = readable(callbackChannelCard(callbackHolderView(withSecrets('claimed'), ctx)));
    expect(json).not.toContain(secret.name);
    expect(json).not.toContain(secret.description);
    expect(json).not.toContain('Kun synlig for dig');
  });

  test('it shows reference, center, topic, time window, urgency, deadline, status, holder and attempts', () => {
    const card = channelCard(aCallback({ ...inStatus.claimed(), urgency: 'urgent' }));
    const json = readable(card);
    expect(factsOf(card)).toMatchObject({ Status: 'Taget', Opkaldsforsøg: '2' });
    for (const text of [
      'Tilbagekald TB-1042',
      'Center for Sundhed og Omsorg (CSO)',
      'Hjemmehjælp, rengøring',
      'i dag 10-12',
      'Haster',
      'onsdag 16. september kl. 16.00',
      'Hanne Holm',
      'Borgerens navn, telefonnummer og beskrivelse ser kun den, der har taget opgaven.',
    ]) {
      expect(json).toContain(text);
    }
  });

  test('a card posted again after an unknown outcome says, under the heading, that it may be there twice', () => {
    const line = 'Genudsendt efter en fejl – kan stå her to gange';
    const again = channelCard(inStatus.claimed(), { ...ctx, resent: true });
    expect(readable(again)).toContain(line);
    expect(readable(holderCard(inStatus.claimed(), { ...ctx, resent: true }))).toContain(line);
    expect(readable(channelCard(inStatus.claimed()))).not.toContain(line);
    expect(leftoverExpressions(template, again)).toEqual([]);
  });

  test('a closed callback shows its outcome and who closed it', () => {
    expect(factsOf(channelCard(inStatus.closed()))).toMatchObject({
      Udfald: 'Løst',
      'Lukket af': 'Hanne Holm',
    });
  });

  test('a moved callback points to the new center and reference, and the new one back', () => {
    expect(readable(channelCard(inStatus.moved()))).toContain('Flyttet til CSI (TB-1043)');
    const successor = aCallback({ reference: 'TB-1043', centerCode: 'CSI', movedFrom: 'TB-1042' });
    expect(readable(channelCard(successor))).toContain('Flyttet hertil fra TB-1042');
  });

  test.each`
    status       | verbs
    ${'open'}    | ${[callbackVerbs.claim, callbackVerbs.move]}
    ${'claimed'} | ${[callbackVerbs.release, callbackVerbs.attempt, callbackVerbs.close, callbackVerbs.move]}
    ${'closed'}  | ${[callbackVerbs.reopen]}
    ${'moved'}   | ${[]}
  `('status $status offers $verbs', ({ status, verbs }: { status: CallbackStatus; verbs: string[] }) => {
    expect(verbsOf(channelCard(inStatus[status]()))).toEqual(verbs);
    expect(verbsOf(holderCard(inStatus[status]()))).toEqual(verbs);
  });

  test.each(statuses)(
    'status %s: every button carries the callback id and nothing else (the router decides on the stored state)',
    (status) => {
      const cb = aCallback({ ...inStatus[status](), version: 7 });
      for (const button of buttons(channelCard(cb))) {
        expect(button.data).toEqual({ callbackId: 'cb-1' });
      }
    },
  );

  test('every choice on the card is an action the handler accepts', () => {
    const choicesOf = (id: string) =>
      nodes(channelCard(inStatus.claimed()).actions)
        .filter((n) => n.id === id)
        .flatMap((n) => (n.choices as { value: string }[]).map((c) => c.value));
    const accepts = (verb: 'attempt' | 'close', data: object) =>
      cardVerbs[verb].data.safeParse({ callbackId: 'cb-1', ...data }).success;
    expect(choicesOf(callbackInputIds.note).map((note) => accepts('attempt', { note }))).toEqual([
      true,
      true,
    ]);
    expect(choicesOf(callbackInputIds.outcome).map((outcome) => accepts('close', { outcome }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(choicesOf(callbackInputIds.toCenterCode)).toEqual(['CSI', 'CØI']);
  });

  test('without another center to move to, there is no move button', () => {
    expect(verbsOf(channelCard(inStatus.open(), { ...ctx, moveTargets: [centers[0]!] }))).toEqual([
      callbackVerbs.claim,
    ]);
  });

  test.each`
    status       | holderTeamsId     | userIds
    ${'open'}    | ${'29:hanne-mri'} | ${undefined}
    ${'claimed'} | ${'29:hanne-mri'} | ${['29:hanne-mri']}
    ${'claimed'} | ${null}           | ${undefined}
    ${'closed'}  | ${'29:hanne-mri'} | ${undefined}
    ${'moved'}   | ${'29:hanne-mri'} | ${undefined}
  `(
    'status $status, holder $holderTeamsId: refresh for $userIds',
    ({
      status,
      holderTeamsId,
      userIds,
    }: {
      status: CallbackStatus;
      holderTeamsId: string | null;
      userIds?: string[];
    }) => {
      const card = channelCard(aCallback({ ...inStatus[status](), version: 4 }), { ...ctx, holderTeamsId });
      if (!userIds) return expect(card).not.toHaveProperty('refresh');
      expect(card.refresh).toEqual({
        action: {
          type: 'Action.Execute',
          verb: 'callback.refresh',
          data: { callbackId: 'cb-1' },
        },
        userIds,
      });
    },
  );

  test('text typed by users is shown literally, never evaluated', () => {
    const cb = aCallback({
      ...inStatus.claimed(),
      topic: '${$root.refreshUserId}',
      timeWindow: '${callbackId}',
      citizen: { name: '${citizen.phone}', phone: '22334455', description: '${verbs.claim}' },
    });
    const channel = readable(channelCard(cb));
    expect(channel).toContain('"text":"${$root.refreshUserId}"');
    expect(factsOf(channelCard(cb))['Ønsket tidspunkt']).toBe('${callbackId}');
    const holder = readable(holderCard(cb));
    expect(factsOf(holderCard(cb)).Navn).toBe('${citizen.phone}');
    expect(holder).toContain('"text":"${verbs.claim}"');
  });
});

describe('the holder’s own card', () => {
  test('shows the citizen’s name, phone as text to copy (no call button) and description, marked as only for them', () => {
    const json = readable(holderCard(withSecrets('claimed')));
    expect(json).toContain('Kun synlig for dig');
    expect(json).toContain(secret.name);
    expect(factsOf(holderCard(withSecrets('claimed'))).Telefon).toBe('61 72 83 94');
    // tel: does nothing in Teams desktop and web, and a Teams call link needs Teams Phone
    // licences (decision 0052): the number is text, with a hint to copy it.
    expect(json).not.toContain('tel:');
    expect(json).not.toContain('Action.OpenUrl');
    expect(json).toContain('Ring fra din telefon: markér og kopiér nummeret.');
    expect(json).toContain(secret.description);
  });

  test('says so when the citizen’s data has been erased', () => {
    const json = readable(holderCard(aCallback({ ...inStatus.claimed(), citizen: null })));
    expect(json).toContain('Borgerens oplysninger er slettet.');
    expect(json).not.toContain('tel:');
  });

  test('stays under the ~28 KB Teams accepts for the largest callback a form can book', () => {
    const cb = aCallback({
      ...inStatus.claimed(),
      holder: { ...hanne, name: 'H'.repeat(200) },
      topic: 'Æ'.repeat(120),
      timeWindow: 'ø'.repeat(80),
      citizen: { name: 'Å'.repeat(100), phone: '22334455', description: 'æ'.repeat(1000) },
    });
    const bytes = Buffer.byteLength(readable(holderCard(cb)), 'utf8');
    expect(bytes).toBeLessThan(28 * 1024);
  });
});

describe('a callback card at the longest the booking form allows fits one Teams message (decision 0045)', () => {
  // Every free text at its limit, in letters that take two bytes each in UTF-16 like all others.
  const longest = (status: CallbackStatus): Callback => ({
    ...inStatus[status](),
    topic: 'æ'.repeat(bookingLimits.topic),
    timeWindow: 'ø'.repeat(bookingLimits.timeWindow),
    citizen: {
      name: 'å'.repeat(bookingLimits.citizenName.max),
      phone: '61728394',
      description: 'Æ'.repeat(bookingLimits.description),
    },
  });
  test.each(statuses)(
    'status %s: the channel card and the holder card stay within the card budget',
    (status) => {
      expect(messageBytes(channelCard(longest(status)))).toBeLessThanOrEqual(cardBudgetBytes);
      expect(messageBytes(holderCard(longest(status)))).toBeLessThanOrEqual(cardBudgetBytes);
    },
  );
});

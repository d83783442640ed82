import { validateBooking } from '../../bot/src/callbacks/booking-form';
import {
  bookingConfirmationCard,
  bookingConfirmationView,
} from '../../bot/src/cards/booking-confirmation-card';
import {
  bookingFormCard,
  bookingInputIds,
  bookingVerb,
  type BookingFormView,
} from '../../bot/src/cards/booking-form-card';
import { centerNotLiveCard } from '../../bot/src/cards/booking-not-live-card';
import { leftoverExpressions } from '../../bot/src/cards/render-card';
import confirmationTemplate from '../../bot/src/cards/templates/booking-confirmation.json';
import formTemplate from '../../bot/src/cards/templates/booking-form.json';
import notLiveTemplate from '../../bot/src/cards/templates/booking-not-live.json';
import type { Center } from '../../bot/src/centers/center';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { aCallback } from '../callbacks/callback-fixture';
import { readable } from './readable';

const cso: Center = {
  code: 'CSO',
  name: 'Center for Sundhed og Omsorg',
  handoverDate: '2026-09-01',
  unitPhone: '45 97 32 00',
  deadlineWorkingDays: 2,
};
const ctmb: Center = {
  code: 'CTMB',
  name: 'Center for Trafik, Miljø og Bæredygtighed',
  handoverDate: '2027-01-31',
  unitPhone: '45 97 37 00',
  deadlineWorkingDays: 3,
};
const form = (over: Partial<BookingFormView> = {}) =>
  bookingFormCard({
    center: cso,
    guide: { id: 'madservice', title: 'Madservice' },
    idempotencyKey: 'qwertzuiopasdfghjklyxcvb',
    ...over,
  });

type Node = Record<string, unknown>;
const body = (card: Node) => card.body as Node[];
const inputs = (card: Node) => body(card).filter((n) => String(n.type).startsWith('Input.'));
const input = (card: Node, id: string) => inputs(card).find((n) => n.id === id)!;
const submit = (card: Node) => (card.actions as Node[])[0]!;
/** What Teams sends when the button is pressed: the action data with every input's value merged in. */
const submitted = (card: Node, typed: Record<string, string> = {}) => ({
  ...(submit(card).data as object),
  ...Object.fromEntries(inputs(card).map((n) => [n.id, typed[n.id as string] ?? n.value])),
});
/** The Attention-coloured text right under an input, if any. */
const errorUnder = (card: Node, id: string) => {
  const next = body(card)[body(card).indexOf(input(card, id)) + 1];
  return next?.type === 'TextBlock' && next.color === 'Attention' ? next.text : undefined;
};

describe('booking form', () => {
  test('renders every expression and names its inputs as the handler reads them', () => {
    const card = form();
    expect(leftoverExpressions(formTemplate, card)).toEqual([]);
    expect(inputs(card).map((n) => n.id)).toEqual(Object.values(bookingInputIds));
    expect(submit(card)).toMatchObject({ type: 'Action.Execute', verb: bookingVerb });
    expect(submit(card).data).toEqual({
      centerCode: 'CSO',
      guideId: 'madservice',
      idempotencyKey: 'qwertzuiopasdfghjklyxcvb',
    });
  });

  test('warns against CPR numbers, and says why, before the first field', () => {
    const json = readable(body(form()).slice(0, 3));
    expect(json).toContain('Skriv aldrig CPR-nummer');
    expect(json).toContain('Centeret finder borgeren i fagsystemet ud fra navn og telefonnummer.');
  });

  test('shows the center, prefills the topic from the guide and defaults to "Hele dagen" and normal urgency', () => {
    const card = form();
    expect(readable(card)).toContain('Center for Sundhed og Omsorg (CSO)');
    expect(input(card, 'topic').value).toBe('Madservice');
    expect(input(card, 'timeWindow').value).toBe('Hele dagen');
    expect(input(card, 'urgency').value).toBe('normal');
    expect(inputs(card).map((n) => n.id)).not.toContain('centerCode');
  });

  test('what an agent fills in is a valid booking for the guide’s center', () => {
    const card = form();
    const result = validateBooking(
      submitted(card, {
        citizenName: 'Birthe Borger',
        phone: '22 33 44 55',
        description: 'Vil bestille mad.',
      }),
    );
    expect(result).toEqual({
      ok: true,
      booking: expect.objectContaining({
        centerCode: 'CSO',
        guideId: 'madservice',
        topic: 'Madservice',
        timeWindow: 'Hele dagen',
      }),
    });
  });

  test('booked without a guide, the form books without one', () => {
    const card = form({ guide: null });
    expect(input(card, 'topic').value).toBe('');
    const result = validateBooking(
      submitted(card, {
        citizenName: 'Birthe Borger',
        phone: '22334455',
        topic: 'Regning',
        description: 'Spørgsmål.',
      }),
    );
    expect(result).toMatchObject({ ok: true, booking: { guideId: null } });
  });

  test('sent back with errors, it keeps what the agent typed and shows each error right under its field', () => {
    const values = {
      citizenName: 'Birthe Borger',
      phone: '1234',
      description: 'Noget',
      urgency: 'urgent',
      timeWindow: 'kl. 10-12',
    };
    const card = form({
      values,
      errors: { phone: callbackMessages.errors.phoneInvalid, form: callbackMessages.errors.formExpired },
    });
    for (const [id, value] of Object.entries(values)) expect(input(card, id).value).toBe(value);
    expect(errorUnder(card, 'phone')).toBe(callbackMessages.errors.phoneInvalid);
    expect(errorUnder(card, 'citizenName')).toBeUndefined();
    expect(readable(card)).toContain(callbackMessages.errors.formExpired);
    // A time window that is none of the fixed choices stays selectable.
    expect(input(card, 'timeWindow').choices).toContainEqual({ title: 'kl. 10-12', value: 'kl. 10-12' });
    expect(leftoverExpressions(formTemplate, card)).toEqual([]);
  });

  test('text the agent typed is shown literally, never evaluated', () => {
    const card = form({ values: { citizenName: '${hidden.idempotencyKey}', description: '${$root.ids}' } });
    expect(input(card, 'citizenName').value).toBe('${hidden.idempotencyKey}');
    expect(input(card, 'description').value).toBe('${$root.ids}');
  });
});

describe('booking confirmation', () => {
  const callback = aCallback({ reference: 'TB-1042', deadline: new Date('2026-12-03T14:00:00Z') });

  test('gives the reference to read aloud, the center, topic and deadline, and no citizen data', () => {
    const card = bookingConfirmationCard(bookingConfirmationView(callback, [cso], true));
    const json = readable(card);
    expect(leftoverExpressions(confirmationTemplate, card)).toEqual([]);
    for (const text of [
      'Giv borgeren referencen TB-1042.',
      'Center for Sundhed og Omsorg (CSO)',
      'Hjemmehjælp, rengøring',
      'torsdag 3. december kl. 15.00',
    ]) {
      expect(json).toContain(text);
    }
    expect(json).not.toContain('Birthe Borger');
    expect(json).not.toContain('22334455');
    expect(json).not.toContain('ingen kanal');
  });

  test('tells the agent when the center has no channel yet', () => {
    const json = readable(bookingConfirmationCard(bookingConfirmationView(callback, [cso], false)));
    expect(json).toContain(
      'Centeret har endnu ingen kanal; tilbagekaldet venter, og koordinatorerne kan se det.',
    );
  });
});

describe('center not yet handled', () => {
  test('tells the agent the handover date and the unit number to transfer to, and offers no booking', () => {
    const card = centerNotLiveCard(ctmb);
    const json = readable(card);
    expect(leftoverExpressions(notLiveTemplate, card)).toEqual([]);
    expect(json).toContain('Kontaktcenteret overtager CTMB den 31. januar 2027');
    expect(json).toContain('45 97 37 00');
    expect(json).not.toContain('Action.');
  });
});

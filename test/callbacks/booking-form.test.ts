import { bookingLimits, validateBooking } from '../../bot/src/callbacks/booking-form';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { filledIn as properlyFilledIn } from '../privacy/booking-fixture';

const m = callbackMessages.errors;

/** What the form card sends when the agent filled it in properly (Teams adds the verb). */
const filledIn = { ...properlyFilledIn, urgency: 'urgent', verb: 'bookCallback' };

test('a properly filled form becomes a booking with a normalized phone and no extra keys', () => {
  expect(validateBooking(filledIn)).toEqual({
    ok: true,
    booking: {
      citizenName: 'Birthe Borger',
      phone: '22334455',
      centerCode: 'CSO',
      topic: 'Hjemmehjælp, rengøring',
      description: 'Vil høre, hvornår visitatoren kommer.',
      timeWindow: 'i dag 10-12',
      urgency: 'urgent',
      guideId: 'hjemmehjaelp-rengoering',
      idempotencyKey: 'qwertzuiopasdfghjklyxcvb',
    },
  });
});

test.each`
  field           | sent             | expected
  ${'timeWindow'} | ${undefined}     | ${'Hele dagen'}
  ${'timeWindow'} | ${'   '}         | ${'Hele dagen'}
  ${'urgency'}    | ${undefined}     | ${'normal'}
  ${'urgency'}    | ${''}            | ${'normal'}
  ${'guideId'}    | ${undefined}     | ${null}
  ${'guideId'}    | ${''}            | ${null}
  ${'centerCode'} | ${'cøi'}         | ${'CØI'}
  ${'phone'}      | ${'+4522334455'} | ${'22334455'}
`('optional or loose $field $sent -> $expected', ({ field, sent, expected }) => {
  const result = validateBooking({ ...filledIn, [field]: sent });
  expect(result.ok && result.booking[field as keyof typeof result.booking]).toBe(expected);
});

test.each`
  field            | sent                                               | expected
  ${'citizenName'} | ${'  Anna \t Hansen\n'}                            | ${'Anna Hansen'}
  ${'citizenName'} | ${'Anna\u202eHansen\u200b'}                        | ${'AnnaHansen'}
  ${'topic'}       | ${'Pas\u0000 til barn\u0007'}                      | ${'Pas til barn'}
  ${'description'} | ${'  Linje 1\r\nLinje 2\r\n\r\n\r\n\r\nLinje 3  '} | ${'Linje 1\nLinje 2\n\nLinje 3'}
`('$field is trimmed and stripped of control characters', ({ field, sent, expected }) => {
  const result = validateBooking({ ...filledIn, [field]: sent });
  expect(result.ok && result.booking[field as keyof typeof result.booking]).toBe(expected);
});

const long = (n: number) => 'x'.repeat(n);

test.each`
  field               | sent                                      | message
  ${'citizenName'}    | ${undefined}                              | ${m.citizenNameRequired}
  ${'citizenName'}    | ${'   '}                                  | ${m.citizenNameRequired}
  ${'citizenName'}    | ${'A'}                                    | ${m.citizenNameLength(2, 100)}
  ${'citizenName'}    | ${long(101)}                              | ${m.citizenNameLength(2, 100)}
  ${'phone'}          | ${''}                                     | ${m.phoneRequired}
  ${'phone'}          | ${'2233445'}                              | ${m.phoneInvalid}
  ${'phone'}          | ${'+46 70 123 45 67'}                     | ${m.phoneInvalid}
  ${'centerCode'}     | ${undefined}                              | ${m.centerRequired}
  ${'centerCode'}     | ${'CSO; DROP'}                            | ${m.centerInvalid}
  ${'topic'}          | ${''}                                     | ${m.topicRequired}
  ${'topic'}          | ${long(bookingLimits.topic + 1)}          | ${m.tooLong(120)}
  ${'description'}    | ${'\n\n'}                                 | ${m.descriptionRequired}
  ${'description'}    | ${long(bookingLimits.description + 1)}    | ${m.tooLong(1000)}
  ${'timeWindow'}     | ${long(bookingLimits.timeWindow + 1)}     | ${m.tooLong(80)}
  ${'urgency'}        | ${'asap'}                                 | ${m.urgencyInvalid}
  ${'guideId'}        | ${'../../etc/passwd'}                     | ${m.guideInvalid}
  ${'idempotencyKey'} | ${undefined}                              | ${m.formExpired}
  ${'idempotencyKey'} | ${'short'}                                | ${m.formExpired}
  ${'idempotencyKey'} | ${'k-7f3a9c21e4-0000-4000-8000-00000000'} | ${m.formExpired}
`('$field = $sent is refused: $message', ({ field, sent, message }) => {
  expect(validateBooking({ ...filledIn, [field]: sent })).toEqual({
    ok: false,
    errors: { [field]: message },
    refused: [],
  });
});

test('the limits are inclusive: exactly the maximum is accepted', () => {
  const result = validateBooking({
    ...filledIn,
    citizenName: long(100),
    topic: long(120),
    description: long(1000),
    timeWindow: long(80),
  });
  expect(result.ok).toBe(true);
});

test('every broken field is reported at once, so the agent fixes the form in one go', () => {
  const result = validateBooking({ idempotencyKey: filledIn.idempotencyKey, phone: 'abc' });
  expect(result.ok || Object.keys(result.errors).sort()).toEqual([
    'centerCode',
    'citizenName',
    'description',
    'phone',
    'topic',
  ]);
});

test.each([null, undefined, 'text', 42, []])(
  'a payload that is not a form (%j) is refused as a whole',
  (payload) => {
    const result = validateBooking(payload);
    expect(result.ok).toBe(false);
    expect(result.ok || result.errors.form || result.errors.idempotencyKey).toBe(m.formExpired);
  },
);

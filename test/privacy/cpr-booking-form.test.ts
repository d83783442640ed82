import { validateBooking } from '../../bot/src/callbacks/booking-form';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { cprRefusal, filledIn, label, reportedCprSpellings, typedFields } from './booking-fixture';

/**
 * Promise: a CPR number in any common spelling is refused in every free-text field of the
 * booking form, each field checked on its own, with a Danish message that names the field.
 */
const spellings = [
  ...reportedCprSpellings,
  '010190\u00ad1234',
  '0101\u200b90\u200c12\u200d34',
  '01019\u20630\u20641234',
  '010190\u180e1234',
  '٠١٠١٩٠١٢٣٤',
  '010190-1234',
];
const cases = typedFields.flatMap((field) => spellings.map((spelling) => [field, spelling] as const));

describe('a CPR number is refused in every free-text field, in every spelling', () => {
  test.each(cases)('%s: %j', (field, spelling) => {
    const result = validateBooking({ ...filledIn, [field]: `Sag: ${spelling} tak` });

    expect(result).toEqual({ ok: false, errors: { [field]: cprRefusal(field) }, refused: [field] });
  });

  test('the message names the field, says why, and how to write a date and time instead', () => {
    const message = cprRefusal('timeWindow');

    expect(message).toContain(`»${label('timeWindow')}«`);
    expect(message).toMatch(/personoplysninger må CPR-numre aldrig skrives i Teams/);
    expect(message).toContain('»12.03.26 kl. 14.00«');
  });

  test('ordinary text such as "ring 12.03.26 kl. 14.00" stays allowed', () => {
    const result = validateBooking({ ...filledIn, timeWindow: 'ring 12.03.26 kl. 14.00' });

    expect(result.ok && result.booking.timeWindow).toBe('ring 12.03.26 kl. 14.00');
  });

  test('a date and time the rule mistakes for a CPR number is refused with the way to write it', () => {
    const result = validateBooking({ ...filledIn, timeWindow: '12.03.26 14.00' });

    expect(result.ok || result.errors.timeWindow).toBe(cprRefusal('timeWindow'));
    // …and written the way the message says, it is booked.
    const rewritten = validateBooking({ ...filledIn, timeWindow: '12.03.26 kl. 14.00' });
    expect(rewritten.ok).toBe(true);
  });

  test('each field is checked on its own: a number split across two fields is not joined up', () => {
    const result = validateBooking({ ...filledIn, topic: 'Sag 010190', description: '1234 ringer' });

    expect(result.ok).toBe(true);
  });

  test('the CPR reason wins over a length error on the same field', () => {
    const result = validateBooking({ ...filledIn, topic: `${'x'.repeat(130)} 010190-1234` });

    expect(result).toEqual({ ok: false, errors: { topic: cprRefusal('topic') }, refused: ['topic'] });
  });

  test('a field the card carries hidden is checked too, and every other error is still reported', () => {
    const result = validateBooking({ ...filledIn, guideId: '0101901234', citizenName: '' });

    expect(result.ok || result.errors).toEqual({
      guideId: callbackMessages.errors.formExpired,
      citizenName: expect.any(String),
    });
  });
});

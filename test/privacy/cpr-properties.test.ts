import fc from 'fast-check';
import { bookingSchema, validateBooking } from '../../bot/src/callbacks/booking-form';
import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { filledIn, cprRefusal } from './booking-fixture';
import { cprDigits, placed, spelled } from './digit-spellings';

/**
 * Promise, property by property: whatever separators, invisible characters and digit scripts a
 * CPR number is written with, wherever it stands in the text and whichever field of the booking
 * form holds it, it is refused. fast-check generates the spellings; a failure prints the smallest.
 */
const cprSpelling = cprDigits.chain(spelled);
const fields = Object.keys(bookingSchema.shape) as (keyof typeof bookingSchema.shape)[];

test('every generated spelling of a CPR number is recognised', () => {
  fc.assert(
    fc.property(placed(cprSpelling), (text) => {
      expect(containsCprCandidate(text)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

const hidden = ['centerCode', 'guideId', 'idempotencyKey'];

test('in whichever field of the form it stands, it is refused, the typed ones by name', () => {
  fc.assert(
    fc.property(placed(cprSpelling), fc.constantFrom(...fields), (text, field) => {
      const result = validateBooking({ ...filledIn, [field]: text });

      expect(result.ok).toBe(false);
      const message = hidden.includes(field) ? callbackMessages.errors.formExpired : cprRefusal(field);
      expect(!result.ok && result.errors[field]).toBe(message);
      expect(!result.ok && result.refused).toEqual([field]);
    }),
    { numRuns: 1000 },
  );
});

test('text without digits is never taken for a CPR number', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      fc.pre(!/\p{N}/u.test(text.normalize('NFKC')));
      expect(containsCprCandidate(text)).toBe(false);
    }),
    { numRuns: 1000 },
  );
});

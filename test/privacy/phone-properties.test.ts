import fc from 'fast-check';
import { validateBooking } from '../../bot/src/callbacks/booking-form';
import { containsPhoneCandidate } from '../../bot/src/privacy/phone-candidate';
import { filledIn, phoneRefusal } from './booking-fixture';
import { phoneDigits, placed, spelled } from './digit-spellings';

/**
 * Promise, property by property: a phone number in any generated spelling is refused in the
 * topic and the time window (everybody in the center's channel reads them), and only there: the
 * description and the name, which only the holder sees, may carry a relative's number.
 */
const phoneSpelling = phoneDigits.chain(({ prefix, number }) => spelled(number).map((n) => prefix + n));

test('every generated spelling of a phone number is recognised', () => {
  fc.assert(
    fc.property(placed(phoneSpelling), (text) => {
      expect(containsPhoneCandidate(text)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('in the topic or the time window it is refused with the field named', () => {
  fc.assert(
    fc.property(placed(phoneSpelling), fc.constantFrom('topic', 'timeWindow' as const), (text, field) => {
      const result = validateBooking({ ...filledIn, [field]: text });

      expect(!result.ok && result.errors[field]).toBe(phoneRefusal(field));
      expect(!result.ok && result.refused).toEqual([field]);
    }),
    { numRuns: 1000 },
  );
});

test('in the description or the name it is allowed', () => {
  fc.assert(
    fc.property(
      placed(phoneSpelling),
      fc.constantFrom('description', 'citizenName' as const),
      (text, field) => {
        fc.pre(text.trim().length >= 2);
        const result = validateBooking({ ...filledIn, [field]: `Datter ${text}` });

        expect(result.ok).toBe(true);
      },
    ),
    { numRuns: 500 },
  );
});

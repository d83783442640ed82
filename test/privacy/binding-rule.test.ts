import { decideBinding } from '../../bot/src/centers/binding-authority';

/**
 * Promise (the rule itself): only a BINDING_ADMINS administrator, recognised by the verified
 * Entra object id, binds or moves; with none named, only the first binding of an unbound center
 * into a free channel is allowed.
 */
const admin = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const other = '11111111-2222-4333-8444-555555555555';
const admins = [admin];

describe('who may change a binding', () => {
  test.each`
    sender                 | centerBound | channelTaken | expected
    ${admin}               | ${false}    | ${false}     | ${{ allowed: true, firstOnly: false }}
    ${admin}               | ${true}     | ${false}     | ${{ allowed: true, firstOnly: false }}
    ${admin}               | ${true}     | ${true}      | ${{ allowed: true, firstOnly: false }}
    ${admin.toUpperCase()} | ${true}     | ${false}     | ${{ allowed: true, firstOnly: false }}
    ${other}               | ${false}    | ${false}     | ${{ allowed: false, reason: 'not_admin' }}
    ${other}               | ${true}     | ${false}     | ${{ allowed: false, reason: 'not_admin' }}
    ${null}                | ${false}    | ${false}     | ${{ allowed: false, reason: 'not_admin' }}
  `(
    'with administrators named: $sender, center bound $centerBound, channel taken $channelTaken → $expected',
    ({ sender, centerBound, channelTaken, expected }) => {
      expect(decideBinding(admins, { aadObjectId: sender, centerBound, channelTaken })).toEqual(expected);
    },
  );

  test.each`
    sender   | centerBound | channelTaken | expected
    ${other} | ${false}    | ${false}     | ${{ allowed: true, firstOnly: true }}
    ${null}  | ${false}    | ${false}     | ${{ allowed: true, firstOnly: true }}
    ${other} | ${true}     | ${false}     | ${{ allowed: false, reason: 'no_admins' }}
    ${other} | ${false}    | ${true}      | ${{ allowed: false, reason: 'no_admins' }}
    ${admin} | ${true}     | ${true}      | ${{ allowed: false, reason: 'no_admins' }}
  `(
    'with none named: $sender, center bound $centerBound, channel taken $channelTaken → $expected',
    ({ sender, centerBound, channelTaken, expected }) => {
      expect(decideBinding([], { aadObjectId: sender, centerBound, channelTaken })).toEqual(expected);
    },
  );
});

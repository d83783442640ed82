import { callbackMessages } from '../../bot/src/texts/callbacks';

/** A properly filled booking form, as the form card sends it. */
export const filledIn = {
  citizenName: 'Birthe Borger',
  phone: '22 33 44 55',
  centerCode: 'CSO',
  topic: 'Hjemmehjælp, rengøring',
  description: 'Vil høre, hvornår visitatoren kommer.',
  timeWindow: 'i dag 10-12',
  urgency: 'normal',
  guideId: 'hjemmehjaelp-rengoering',
  idempotencyKey: 'qwertzuiopasdfghjklyxcvb',
};

/** The fields an agent types into (the urgency is a choice, the rest are hidden). */
export const typedFields = ['citizenName', 'phone', 'topic', 'description', 'timeWindow'] as const;

export const label = (field: keyof typeof callbackMessages.field): string => callbackMessages.field[field];
export const cprRefusal = (field: keyof typeof callbackMessages.field) =>
  callbackMessages.errors.containsCpr(label(field));
export const phoneRefusal = (field: keyof typeof callbackMessages.field) =>
  callbackMessages.errors.containsPhone(label(field));

/** The spellings of one CPR number that issue 9 found booked: each must be refused. */
export const reportedCprSpellings = [
  '01 01 90 1234',
  '01-01-90-1234',
  '01.01.90-1234',
  '010190.1234',
  '010190/1234',
  '010190_1234',
  '0101 901234',
  '010190\n1234',
  '01\u00ad01\u200b90\u20601234',
  '０１０１９０－１２３４',
];

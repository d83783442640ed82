import type { Activity } from 'botbuilder';
import { startConnectorEmulator } from '../support/connector-emulator';
import { borgerservice, message, newThread, team } from './emulator-fixture';

describe('rate limits, when asked for (decision 0044)', () => {
  test('a third tag mention within 5 s is refused with 429 and Retry-After; a message without a tag still goes', async () => {
    const limited = await startConnectorEmulator({ teams: [team], rateLimits: true });
    try {
      const tagged = {
        ...message('<at>CSO-tilbagekald</at> Ny sag'),
        entities: [
          {
            type: 'mention',
            text: '<at>CSO-tilbagekald</at>',
            mentioned: { id: 'tag-1', name: 'CSO-tilbagekald', type: 'tag' },
          },
        ],
      } as Activity;
      const post = (activity: Activity) =>
        fetch(`${limited.serviceUrl}v3/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...newThread(borgerservice.id, ''), activity }),
        });

      const statuses = [(await post(tagged)).status, (await post(tagged)).status];
      const third = await post(tagged);
      const plain = await post(message('Ny sag uden tag'));

      expect([...statuses, third.status, plain.status]).toEqual([201, 201, 429, 201]);
      expect(Number(third.headers.get('retry-after'))).toBe(5);
    } finally {
      await limited.close();
    }
  });

  test('an eighth message within a second is refused: 7 per second per conversation', async () => {
    const limited = await startConnectorEmulator({ teams: [team], rateLimits: true });
    try {
      // Plain HTTP: botbuilder's client would wait out the 429 and retry by itself.
      const send = async (text: string) =>
        (
          await fetch(
            `${limited.serviceUrl}v3/conversations/${encodeURIComponent(borgerservice.id)}/activities`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(message(text)),
            },
          )
        ).status;
      const statuses: number[] = [];
      for (let i = 1; i <= 8; i++) statuses.push(await send(`${i}`));
      expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

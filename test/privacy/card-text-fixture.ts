import path from 'node:path';
import type { Callback } from '../../bot/src/callbacks/callback';
import { loadCenters } from '../../bot/src/centers/load-centers';
import { aCallback, hanne } from '../callbacks/callback-fixture';

/** A Markdown link as an agent might type it (or paste it from a phishing mail). */
export const typedLink = '[Klik her](https://phish.example/login)';
export const typedBold = '**Haster** _nu_';

export const centers = loadCenters(path.resolve(__dirname, '..', '..', 'knowledge', 'centers.yaml'));

/** A claimed callback whose every typed field carries Markdown. */
export const markdownCallback: Callback = aCallback({
  topic: `Topic ${typedLink}`,
  timeWindow: `Efter ${typedBold}`,
  status: 'claimed',
  holder: hanne,
  citizen: {
    name: `Navn ${typedLink}`,
    phone: '22334455',
    description: `Linje ${typedLink}\n\nAnden ${typedBold}`,
  },
});

import {
  bookingConfirmationCard,
  bookingConfirmationView,
} from '../../bot/src/cards/booking-confirmation-card';
import { callbackChannelCard, callbackHolderCard } from '../../bot/src/cards/callback-cards';
import { myCallbackItem, myCallbacksCard } from '../../bot/src/cards/callback-list-card';
import { callbackCardView, callbackHolderView } from '../../bot/src/cards/callback-view';
import { guideResultsCard } from '../../bot/src/cards/guide-cards';
import { messageCard } from '../../bot/src/cards/message-card';
import { guideMessages } from '../../bot/src/texts/guides';
import { centers, markdownCallback, typedBold, typedLink } from './card-text-fixture';
import { placesOf } from './card-text-places';

/**
 * Promise: text that people typed (the citizen's name, phone and description, the topic and time
 * window, a search) is shown on cards as text, never as Markdown: it travels only in a TextRun of
 * a RichTextBlock, where Teams renders no Markdown, never in a TextBlock or a Fact, where a typed
 * `[Klik her](https://…)` would become a link (decision 0022).
 */
const link = typedLink;
const bold = typedBold;
const typed = markdownCallback;

const cards: [string, unknown, string[]][] = [
  ['the channel card', callbackChannelCard(callbackCardView(typed, { centers })), [link, bold]],
  ['the holder’s view', callbackHolderCard(callbackHolderView(typed, { centers })), [link, bold]],
  [
    'the booking confirmation',
    bookingConfirmationCard(bookingConfirmationView(typed, centers, true)),
    [link, bold],
  ],
  ['the agent’s list of callbacks', myCallbacksCard([myCallbackItem(typed, centers)]), [link]],
  ['a search result', guideResultsCard(`gult kort ${link}`, []), [link]],
  [
    'a search with no result',
    messageCard({ heading: guideMessages.noResultsTitle(link), lines: [] }),
    [link],
  ],
];

describe('typed text on cards is text, never Markdown', () => {
  test.each(cards)('%s carries typed text only in TextRuns', (_name, card, needles) => {
    for (const needle of needles) {
      const places = placesOf(card, needle);
      expect(places.length).toBeGreaterThan(0);
      expect(places).toEqual(places.map(() => 'TextRun.text'));
    }
  });

  test('every line of the description is kept, each as its own text', () => {
    const card = callbackHolderCard(callbackHolderView(typed, { centers }));

    expect(placesOf(card, 'Linje')).toEqual(['TextRun.text']);
    expect(placesOf(card, 'Anden')).toEqual(['TextRun.text']);
  });
});

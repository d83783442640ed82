import { guideMessages as m } from '../texts/guides';
import { guideParts, type GuideSection } from './guide-parts';
import type { GuideView } from './guide-view';
import { fitsInMessage } from './message-size';
import { verbStrings } from './card-verbs';
import { renderCard, type AdaptiveCard } from './render-card';
import { shortenText } from './shorten-text';
import detailTemplate from './templates/guide-detail.json';
import resultsTemplate from './templates/guide-results.json';

const labels = {
  show: m.actionShowGuide,
  nextPart: m.actionNextPart,
  shortAnswer: m.shortAnswerHeading,
  selfservice: m.actionSelfService,
  solved: m.actionSolved,
  book: m.actionBookCallback,
};

/**
 * Caps on what one result shows, so that three results fit one Teams message (decision 0045): a
 * short answer is read aloud and rarely runs past a few lines; the rest of a guide is one press away.
 */
const shortAnswerMaxChars = 1000;
const focusMaxChars = 4000;

/**
 * The answer to a search: the best guides, each with what the agent needs mid-call, and in a long
 * guide the section the agent's words point to. Should the card still not fit one message, it
 * gives up the section, then the further guides.
 */
export function guideResultsCard(query: string, guides: GuideView[]): AdaptiveCard {
  const render = (shown: GuideView[], withFocus: boolean) =>
    renderCard(resultsTemplate, {
      heading: m.resultsTitle(query),
      guides: shown.map((g) => resultData(g, withFocus)),
      labels,
      verbs: verbStrings,
    });
  const attempts = [
    () => render(guides, true),
    () => render(guides, false),
    () => render(guides.slice(0, 1), false),
  ];
  let card = attempts[0]!();
  for (const next of attempts.slice(1)) {
    if (fitsInMessage(card)) break;
    card = next();
  }
  return card;
}

function resultData(guide: GuideView, withFocus: boolean) {
  const focus = withFocus ? guide.focus : null;
  return {
    ...guide,
    shortAnswer: shortenText(guide.shortAnswer, shortAnswerMaxChars),
    focusHeading: focus?.heading ?? '',
    focusText: focus ? shortenText(focus.text, focusMaxChars) : '',
  };
}

/**
 * A whole guide, as the parts it takes to stay within one message each (one part for most
 * guides). Every part carries the guide's buttons; all but the last a "Næste del" button.
 */
export function guideDetailCards(guide: GuideView): AdaptiveCard[] {
  const render = (sections: GuideSection[], part: number, parts: number) =>
    renderCard(detailTemplate, {
      ...guide,
      sections,
      partLabel: parts > 1 ? m.partOf(part, parts) : '',
      nextPart: part < parts ? part + 1 : 0,
      labels,
      verbs: verbStrings,
    });
  // Measured with the widest part label and the "Næste del" button: the most any part can take.
  const worst = (sections: GuideSection[]) => fitsInMessage(render(sections, 98, 99));
  const parts = guideParts(guide.sections, worst, m.continued);
  return parts.map((sections, i) => render(sections, i + 1, parts.length));
}

/** One part of a whole guide (the first by default; a part past the end is the last). */
export function guideDetailCard(guide: GuideView, part = 1): AdaptiveCard {
  const cards = guideDetailCards(guide);
  return cards[Math.min(Math.max(part, 1), cards.length) - 1]!;
}

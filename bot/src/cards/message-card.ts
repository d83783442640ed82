import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/message.json';

export interface MessageView {
  heading: string;
  intro?: string;
  lines?: string[];
  facts?: { title: string; value: string }[];
}

/** A plain informative card: a heading, an optional intro, lines of text and a fact list. */
export const messageCard = (view: MessageView): AdaptiveCard =>
  renderCard(template, {
    heading: view.heading,
    intro: view.intro ?? '',
    lines: (view.lines ?? []).map((text) => ({ text })),
    facts: view.facts ?? [],
  });

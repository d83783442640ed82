/**
 * Runs inside the card page (bundled by esbuild): renders one Adaptive Card with the official
 * renderer and the Teams-like host config, and reports what the renderer complained about.
 */
import * as AC from 'adaptivecards';
import { fontStack, teamsLightHostConfig } from './host-config';
import { markdownToHtml } from './markdown';

export interface CardPageApi {
  /** Renders the card into #card, `width` CSS pixels wide; returns the renderer's messages. */
  render(card: object, width: number): string[];
  /** The first family of the font stack that is installed, or null when only the fallback is. */
  installedFont(): string | null;
}

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownToHtml(text);
  result.didProcess = true;
};

function render(payload: object, width: number): string[] {
  const root = document.documentElement.style;
  root.setProperty('--font-stack', fontStack);
  root.setProperty('--card-width', `${width}px`);
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(teamsLightHostConfig);
  // Teams renders up to schema 1.5: anything newer in a card should show up as a message here.
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(payload, context);
  const messages: string[] = [];
  for (let i = 0; i < context.eventCount; i++) messages.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) messages.push(e.message);
  const element = card.render();
  const host = document.getElementById('card');
  if (!host || !element) throw new Error('the card did not render');
  host.replaceChildren(element);
  return messages;
}

/** A family is installed when text set in it measures differently from both generic fallbacks. */
function installedFont(): string | null {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  const width = (family: string) => {
    ctx.font = `16px ${family}`;
    return ctx.measureText('Tilbagekald æøå ÆØÅ 0123456789').width;
  };
  const families = fontStack.split(',').map((f) => f.trim());
  for (const family of families.filter((f) => f.startsWith("'"))) {
    if (width(`${family}, monospace`) !== width('monospace') && width(`${family}, serif`) !== width('serif'))
      return family.replace(/'/g, '');
  }
  return null;
}

const api: CardPageApi = { render, installedFont };
(window as unknown as { cardPage: CardPageApi }).cardPage = api;

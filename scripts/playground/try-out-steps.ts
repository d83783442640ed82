import type { Locator, Page } from 'playwright-core';

/**
 * The try-out of docs/playground.md as browser steps on the Agents Playground page: bind a
 * channel, search, book a callback, see it in the channel, claim it. The screenshot script and
 * the end-to-end test both drive it, so the documented steps are the tested ones. Selectors use
 * what a person sees (texts, roles, placeholders), not the playground's generated class names.
 */
const waitMs = 20_000;

export interface Citizen {
  name: string;
  phone: string;
  description: string;
}

/** The playground keeps conversations in the page: a reload starts every chat afresh. */
export async function openPlayground(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByText('Personal Chat').first().waitFor({ timeout: waitMs });
}

/** The newest message card in the open conversation that contains `text`. */
const cardWith = (page: Page, text: string | RegExp): Locator =>
  page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

async function openConversation(page: Page, name: string): Promise<void> {
  await page.getByText(name, { exact: true }).first().click();
}

/** `@Kontaktcenter tilknyt <code>` as a new post in a channel; resolves with the bot's answer. */
export async function bindChannel(
  page: Page,
  channel: string,
  centerCode: string,
  botName = 'Kontaktcenter',
) {
  await openConversation(page, channel);
  await page.getByRole('textbox').first().click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem', { name: botName }).click();
  await page.keyboard.type(` tilknyt ${centerCode}`);
  await page.getByRole('button', { name: 'Post' }).click();
  const answer = page.getByText(`Denne kanal er nu tilknyttet ${centerCode}`).first();
  await answer.waitFor({ timeout: waitMs });
  return answer;
}

/** A search in the 1:1 chat; resolves with the results card. */
export async function search(page: Page, words: string): Promise<Locator> {
  await openConversation(page, 'Personal Chat');
  await page.getByRole('textbox').first().click();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  const results = cardWith(page, `Vejledninger til »${words}«`);
  await results.waitFor({ timeout: waitMs });
  return results;
}

/** "Book tilbagekald" on the first guide of a results card; resolves with the form card. */
export async function openBookingForm(results: Locator): Promise<Locator> {
  await results.getByRole('button', { name: 'Book tilbagekald' }).first().click();
  const form = cardWith(results.page(), 'Borgerens navn');
  await form.waitFor({ timeout: waitMs });
  return form;
}

export async function fillBookingForm(form: Locator, citizen: Citizen): Promise<void> {
  await form.getByPlaceholder('Fornavn og efternavn').fill(citizen.name);
  await form.getByPlaceholder('Fx 22 33 44 55').fill(citizen.phone);
  await form.getByPlaceholder('Hvad har borgeren brug for? Ingen CPR-numre.').fill(citizen.description);
}

/** Sends a filled booking form; resolves with the confirmation card and the reference. */
export async function submitBooking(form: Locator): Promise<{ confirmation: Locator; reference: string }> {
  await form.getByRole('button', { name: 'Book tilbagekald' }).click();
  const confirmation = cardWith(form.page(), 'Tilbagekald booket');
  await confirmation.waitFor({ timeout: waitMs });
  const text = await confirmation.innerText();
  const reference = /TB-\d+/.exec(text)?.[0];
  if (!reference) throw new Error(`no reference in the confirmation card: ${text}`);
  return { confirmation, reference };
}

/** The callback's card in its center's channel, once the bot has posted it. */
export async function findCallbackCard(page: Page, channel: string, reference: string): Promise<Locator> {
  await openConversation(page, channel);
  const card = cardWith(page, reference);
  await card.waitFor({ timeout: waitMs });
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** "Tag opgaven" on the channel card; resolves once the card shows who holds it. */
export async function claim(card: Locator, holderName: string): Promise<Locator> {
  await card.getByRole('button', { name: 'Tag opgaven' }).click();
  const claimed = card.filter({ hasText: holderName });
  await claimed.waitFor({ timeout: waitMs });
  return claimed;
}

/**
 * "Registrér opkaldsforsøg" on the holder's card: opens the form, picks the first answer and
 * sends it; resolves once the card counts the attempt.
 */
export async function recordAttempt(card: Locator): Promise<Locator> {
  await card.getByRole('button', { name: 'Registrér opkaldsforsøg' }).click();
  await card.getByRole('radio').first().check();
  const before = await card.innerText();
  await card.getByRole('button', { name: 'Registrér forsøget' }).click();
  const counted = (text: string) => /Opkaldsforsøg\s+(\d+)/.exec(text)?.[1];
  const deadline = Date.now() + waitMs;
  while (counted(await card.innerText()) === counted(before)) {
    if (Date.now() > deadline) throw new Error('the card never counted the attempt');
    await card.page().waitForTimeout(100);
  }
  return card;
}

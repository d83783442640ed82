import type { Page } from 'playwright-core';

/** Spaces as a reader sees them: Intl puts no-break spaces in "53 %", which are spaces here. */
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A labelled table as rows of { header: cell text }. */
export async function readTable(page: Page, label: string): Promise<Record<string, string>[]> {
  const table = page.locator(`table[aria-label="${label}"]`).first();
  await table.waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map(clean);
  const rows: Record<string, string>[] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.locator('td').allTextContents()).map(clean);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

/** The row whose first column reads `first`. */
export async function tableRow(page: Page, label: string, first: string): Promise<Record<string, string>> {
  const rows = await readTable(page, label);
  const row = rows.find((r) => Object.values(r)[0] === first);
  if (!row)
    throw new Error(
      `no row "${first}" in "${label}": ${JSON.stringify(rows.map((r) => Object.values(r)[0]))}`,
    );
  return row;
}

/** A description list (the headline tiles, the detail facts) as { term: value }. */
export async function readFacts(page: Page, label: string): Promise<Record<string, string>> {
  const list = page.locator(`dl[aria-label="${label}"]`).first();
  await list.waitFor();
  const terms = (await list.locator('dt').allTextContents()).map(clean);
  const values = (await list.locator('dd').allTextContents()).map(clean);
  return Object.fromEntries(terms.map((t, i) => [t, values[i] ?? '']));
}

/** Waits until the page section has finished loading (its aria-busy is false). */
export async function settled(page: Page, section: string): Promise<void> {
  await page.locator(`section[aria-label="${section}"][aria-busy="false"]`).waitFor();
}

/**
 * Runs `change` and waits for the API answer it causes (matched on path and query) and for
 * the section to show it.
 */
export async function afterRequest(
  page: Page,
  section: string,
  matches: (url: URL) => boolean,
  change: () => Promise<unknown>,
): Promise<URL> {
  const [response] = await Promise.all([page.waitForResponse((r) => matches(new URL(r.url()))), change()]);
  await settled(page, section);
  return new URL(response.url());
}

/** True when the page body is no wider than the window (nothing scrolls sideways). */
export const fitsWidth = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

export const texts = clean;

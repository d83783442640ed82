import { needsBuild } from '../../../bot/src/http/tab-static';
import { buildTab, tabDistDir, tabSourceDir } from '../../../tab/build';

/** Builds tab/dist when it is missing or older than the sources, before a server serves it. */
export async function ensureTabBuilt(): Promise<void> {
  if (needsBuild(tabDistDir, tabSourceDir)) await buildTab();
}

/** The hashed name of the tab's entry script, read from the page the server sends. */
export async function entryScriptOf(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/tab`)).text();
  const match = /src="\/tab\/assets\/(app-[\w-]+\.js)"/.exec(html);
  if (!match) throw new Error(`no entry script in the tab page: ${html.slice(0, 300)}`);
  return match[1]!;
}

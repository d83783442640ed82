import { setTimeout as sleep } from 'node:timers/promises';

export interface Readiness {
  status: number;
  body: { status?: string; checks?: Record<string, unknown>; failing?: Record<string, string> };
}

export async function readyz(appUrl: string): Promise<Readiness> {
  const response = await fetch(`${appUrl}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as Readiness['body'] };
}

/** Polls /readyz until `accept` holds; throws with the last answer when `timeoutMs` runs out. */
export async function waitForReadiness(
  appUrl: string,
  accept: (r: Readiness) => boolean,
  timeoutMs: number,
): Promise<Readiness> {
  const until = Date.now() + timeoutMs;
  let last: Readiness | string = 'no answer';
  for (;;) {
    try {
      last = await readyz(appUrl);
      if (accept(last)) return last;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > until) throw new Error(`/readyz of ${appUrl} never matched: ${JSON.stringify(last)}`);
    await sleep(100);
  }
}

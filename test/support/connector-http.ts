import type http from 'node:http';
import { matchRoute, parseUrl, type MatchedRoute, type ParsedUrl } from './connector-routes';
import type { ConnectorResult, RecordedRequest } from './connector-types';

/** An incoming request read in full and described for the record, before anything answers it. */
export interface ReadRequest {
  record: RecordedRequest;
  raw: string;
  parsed?: ParsedUrl;
  matched?: MatchedRoute;
}

export async function readRequest(req: http.IncomingMessage, seq: number): Promise<ReadRequest> {
  const raw = await readBody(req);
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  const parsed = parseUrl(rawUrl);
  const matched = parsed && matchRoute(method, parsed.segments);
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
  );
  const record: RecordedRequest = {
    seq,
    method,
    path: parsed?.path ?? rawUrl,
    rawUrl,
    query: parsed?.query ?? {},
    ...(matched ? { route: matched.route } : {}),
    ...definedParams(matched?.params),
    body: parseBody(raw),
    headers,
    ...(headers.authorization ? { authorization: headers.authorization } : {}),
    time: new Date(),
    status: 0,
  };
  return { record, raw, ...(parsed ? { parsed } : {}), ...(matched ? { matched } : {}) };
}

export function writeJson(
  res: http.ServerResponse,
  result: ConnectorResult,
  headers: Record<string, string>,
): void {
  const text = result.body === undefined ? '' : JSON.stringify(result.body);
  res.writeHead(result.status, {
    ...headers,
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function definedParams(params: Record<string, string> = {}) {
  const { conversationId, activityId, memberId, teamId } = params;
  return Object.fromEntries(
    Object.entries({ conversationId, activityId, memberId, teamId }).filter(([, v]) => v !== undefined),
  ) as Pick<RecordedRequest, 'conversationId' | 'activityId' | 'memberId' | 'teamId'>;
}

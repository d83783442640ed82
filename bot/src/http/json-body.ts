import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';
import type { Logger } from '../shared/logger';
import { httpMessages } from './http-messages';

const jsonType = /^application\/([\w.+-]+\+)?json$/i;

/**
 * Request bodies are JSON or nothing. restify's own parser answers a broken body with the JSON
 * parser's message, which quotes the body's first characters (a citizen's name or CPR number in
 * a mistyped request) back to the caller and, through the error event, into the log; its form
 * and multipart parsers accept bodies no route here wants. So: read the body (size limit, gzip),
 * parse it as JSON when it says it is JSON, and refuse anything else with 400 and a log line
 * that says how big it was and what it claimed to be, never what it said.
 */
export function jsonBodies(logger: Logger, maxBodySize: number): RequestHandler[] {
  const parse = (req: Request, res: Response, next: Next) => {
    const raw = req.body as Buffer | string | undefined;
    if (raw === undefined || raw.length === 0) {
      req.body = undefined;
      return next();
    }
    const contentType = req.getContentType();
    const parsed = jsonType.test(contentType) ? parseJson(raw) : notJson;
    if (parsed === notJson) {
      logger.warn('http.body_invalid', {
        method: req.method,
        path: req.path(),
        bytes: Buffer.byteLength(raw),
        contentType: contentType.slice(0, 100),
        reason: jsonType.test(contentType) ? 'not valid JSON' : 'not a JSON content type',
      });
      res.json(400, { error: { code: 'PAYLOAD_INVALID', message: httpMessages.bodyNotJson } });
      return next(false);
    }
    req.body = parsed;
    return next();
  };
  return [restify.plugins.bodyReader({ maxBodySize }), parse];
}

const notJson = Symbol('not JSON');

function parseJson(raw: Buffer | string): unknown {
  try {
    return JSON.parse(raw.toString()) as unknown;
  } catch {
    return notJson;
  }
}

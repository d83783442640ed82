import type { ConnectorFault, ConnectorRoute, FaultMatch } from './connector-types';
import { teamsError, type ConnectorResult } from './connector-types';

export interface FaultTarget {
  method: string;
  path: string;
  route?: ConnectorRoute;
  conversationId?: string;
}

const matches = (match: FaultMatch, target: FaultTarget): boolean =>
  (match.method === undefined || match.method.toUpperCase() === target.method) &&
  (match.path === undefined || match.path.test(target.path)) &&
  (match.route === undefined || match.route === target.route) &&
  (match.conversationId === undefined ||
    (typeof match.conversationId === 'string'
      ? match.conversationId === target.conversationId
      : target.conversationId !== undefined && match.conversationId.test(target.conversationId)));

/**
 * Queues of faults; the first queue (in the order added) that matches a request gives up one
 * fault. A window (`until`) answers every matching request with the same fault until it ends.
 */
export class FaultQueue {
  private readonly rules: Array<{ match: FaultMatch; faults: ConnectorFault[]; until?: number }> = [];

  add(match: FaultMatch, faults: ConnectorFault[]): void {
    this.rules.push({ match, faults: [...faults] });
  }

  addWindow(match: FaultMatch, fault: ConnectorFault, until: number): void {
    this.rules.push({ match, faults: [fault], until });
  }

  take(target: FaultTarget, now = Date.now()): ConnectorFault | undefined {
    const open = (r: (typeof this.rules)[number]) =>
      r.until === undefined ? r.faults.length > 0 : now < r.until;
    const rule = this.rules.find((r) => open(r) && matches(r.match, target));
    return rule?.until === undefined ? rule?.faults.shift() : rule.faults[0];
  }

  pending(): number {
    return this.rules.reduce((n, r) => n + (r.until === undefined ? r.faults.length : 0), 0);
  }

  clear(): void {
    this.rules.length = 0;
  }
}

const codes: Record<number, string> = {
  400: 'BadArgument',
  403: 'Forbidden',
  404: 'NotFound',
  412: 'PreconditionFailed',
  413: 'MessageSizeTooBig',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** The answer for a status fault, with the Teams error body and Retry-After when asked for. */
export function faultAnswer(fault: Extract<ConnectorFault, { status: number }>): {
  result: ConnectorResult;
  headers: Record<string, string>;
} {
  const code = fault.code ?? codes[fault.status] ?? 'ServiceError';
  const message = fault.message ?? `Injected fault: ${fault.status} ${code}`;
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  return { result: teamsError(fault.status, code, message), headers };
}

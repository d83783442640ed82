import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { faultAnswer, FaultQueue } from './connector-faults';
import { GraphStandIn, type GraphApp } from './connector-graph';
import { readRequest, writeJson } from './connector-http';
import { EmulatedRateLimits } from './connector-rate-limits';
import { handleRoute, unknownRoute } from './connector-routes';
import { ConnectorStore } from './connector-store';
import { teamsError } from './connector-types';
import type {
  ActivityUpdate,
  ConnectorFault,
  ConnectorResult,
  ConnectorRoute,
  FaultMatch,
  JsonObject,
  PostedActivity,
  RecordedRequest,
} from './connector-types';
import { testTenantId, type TeamsTeam, type TeamsUser } from './teams-fixtures';

export type * from './connector-types';

export interface ConnectorEmulatorOptions {
  /** Tenant for teams and users added without one. */
  tenantId?: string;
  teams?: TeamsTeam[];
  /** Teams answers at least 50 members per page; lower it to test paging with a small team. */
  minPageSize?: number;
  maxPageSize?: number;
  /** UTF-16 bytes of the activity JSON above which posts get 413 MessageSizeTooBig (28 KB: decision 0045). */
  maxMessageBytes?: number;
  /** Answer 429 as Teams does above its per-conversation limits, tag mentions' included (decision 0044). */
  rateLimits?: boolean;
  /** The Entra app whose client-credentials token Graph accepts (see connector-graph.ts). */
  graphApp?: GraphApp;
  /** The bot's Microsoft app id, as Graph names the author of its posts. */
  botAppId?: string;
  /** The status of "not a member" (code MemberNotFoundInConversation): 404 (default) or 400. */
  notMemberStatus?: 404 | 400;
}

export type { GraphApp } from './connector-graph';
export const defaultGraphApp: GraphApp = {
  tenantId: testTenantId,
  clientId: '5d6b3c1e-8f2a-4b7c-9e1d-2a3b4c5d6e7f',
  clientSecret: 'emulated-client-secret-0123456789',
};

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A local stand-in for the Bot Connector service (Teams flavour), served over real HTTP so that
 * botbuilder's own ConnectorClient, retries included, runs unchanged against it.
 */
export class ConnectorEmulator {
  private readonly store: ConnectorStore;
  /** Graph and its token endpoint, on the same server: point ENTRA_AUTHORITY_HOST and GRAPH_BASE_URL here. */
  readonly graph: GraphStandIn;
  private readonly faults = new FaultQueue();
  private readonly rateLimits: EmulatedRateLimits | undefined;
  private readonly recorded: RecordedRequest[] = [];
  private readonly events = new EventEmitter();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly waiters = new Set<(error: Error) => void>();
  private seq = 0;

  private constructor(
    private readonly server: http.Server,
    options: ConnectorEmulatorOptions,
  ) {
    this.store = new ConnectorStore({
      tenantId: options.tenantId ?? testTenantId,
      minPageSize: options.minPageSize ?? 50,
      maxPageSize: options.maxPageSize ?? 500,
      maxMessageBytes: options.maxMessageBytes ?? 28 * 1024,
      now: () => new Date(),
    });
    if (options.notMemberStatus) this.store.notMemberStatus = options.notMemberStatus;
    const graphApp = options.graphApp ?? defaultGraphApp;
    this.graph = new GraphStandIn(this.store, graphApp, options.botAppId ?? graphApp.clientId);
    for (const team of options.teams ?? []) this.addTeam(team);
    this.events.setMaxListeners(0);
    this.rateLimits = options.rateLimits ? new EmulatedRateLimits() : undefined;
    server.on('request', (req, res) => {
      this.onRequest(req, res).catch(() => req.socket.destroy());
    });
  }

  static async start(options: ConnectorEmulatorOptions = {}): Promise<ConnectorEmulator> {
    const server = http.createServer();
    const emulator = new ConnectorEmulator(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return emulator;
  }

  /** Ends with a slash, like the serviceUrl Teams sends (`https://smba.trafficmanager.net/emea/`). */
  get serviceUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  get requests(): readonly RecordedRequest[] {
    return this.recorded;
  }

  addTeam(team: TeamsTeam): void {
    this.store.directory.addTeam(team);
  }

  /** The app was removed from the team: from now on Teams answers 403 BotNotInConversationRoster. */
  removeTeam(teamId: string): void {
    this.store.directory.removeTeam(teamId);
  }

  /** A member leaves the team: Teams answers MemberNotFoundInConversation (404 or 400) for them from now on. */
  removeMember(teamId: string, memberId: string): boolean {
    return this.store.directory.removeMember(teamId, memberId);
  }

  /** From now on "not a member" comes as this status, with the code MemberNotFoundInConversation. */
  answerNotMemberWith(status: 404 | 400): void {
    this.store.notMemberStatus = status;
  }

  /** The channel was deleted: from now on Teams answers 404 ConversationNotFound there. */
  removeChannel(channelId: string): void {
    this.store.directory.removeChannel(channelId);
  }

  /** A user with the app installed personally, so that member look-ups in their 1:1 chat work. */
  addUser(user: TeamsUser, tenantId?: string): string {
    return this.store.directory.addUser(user, tenantId);
  }

  failNext(match: FaultMatch, faults: ConnectorFault[]): void {
    this.faults.add(match, faults);
  }

  /** Every matching request gets `fault` for the next `ms` (e.g. Teams answering 503 for a minute). */
  failFor(match: FaultMatch, fault: ConnectorFault, ms: number): void {
    this.faults.addWindow(match, fault, Date.now() + ms);
  }

  /** Ends every fault queued or windowed so far; traffic and posts stay. */
  clearFaults(): void {
    this.faults.clear();
  }

  pendingFaults(): number {
    return this.faults.pending();
  }

  /** Every activity the bot created (thread roots, sends, replies), as first posted, in order. */
  sent(): PostedActivity[] {
    return [...this.store.posted];
  }

  /** New threads (root posts) the bot started in a channel. */
  threadsIn(channelId: string): PostedActivity[] {
    return this.store.posted.filter((p) => p.kind === 'thread' && p.channelId === channelId);
  }

  updatesOf(activityId: string): ActivityUpdate[] {
    return this.store.updates.filter((u) => u.activityId === activityId);
  }

  /** The current version of a posted activity (after updates); undefined when unknown or deleted. */
  activity(conversationId: string, activityId: string): JsonObject | undefined {
    return this.store.current(conversationId, activityId);
  }

  requestsFor(route: ConnectorRoute): RecordedRequest[] {
    return this.recorded.filter((r) => r.route === route);
  }

  /** Resolves with the first recorded request that matches, including ones already recorded. */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const already = this.recorded.find(predicate);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        cleanup();
        resolve(r);
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.recorded.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
        reject(new Error(`no matching connector request within ${timeoutMs} ms; recorded:\n  ${seen}`));
      }, timeoutMs);
      const abort = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('request', onRequest);
        this.waiters.delete(abort);
      };
      this.waiters.add(abort);
      this.events.on('request', onRequest);
    });
  }

  /** Forgets traffic, posted activities and pending faults; keeps teams and users. */
  reset(): void {
    this.recorded.length = 0;
    this.store.clearActivities();
    this.faults.clear();
  }

  async close(): Promise<void> {
    for (const abort of [...this.waiters]) abort(new Error('connector emulator closed'));
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private later(ms: number, action: () => void): void {
    if (!Number.isFinite(ms)) return; // held until close()
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        action();
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS),
    );
    this.timers.add(timer);
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { record, raw, parsed, matched } = await readRequest(req, ++this.seq);
    const limited = this.rateLimits?.refuse(record);
    if (limited) return this.answer(record, res, limited.result, limited.headers);
    const run = (): ConnectorResult => {
      if (!parsed) return teamsError(400, 'BadSyntax', 'Malformed URL.');
      if (!matched) return unknownRoute(record.method, parsed.path);
      if (matched.route === 'graphToken') {
        return this.graph.token(matched.params.tenantId ?? '', new URLSearchParams(raw));
      }
      if (matched.route === 'listChannelMessages') {
        const { groupId = '', channelId = '' } = matched.params;
        return this.graph.channelMessages(
          groupId,
          channelId,
          parsed.query,
          record.authorization,
          this.serviceUrl,
        );
      }
      if (raw.length > 0 && typeof record.body === 'string')
        return teamsError(400, 'BadSyntax', 'Body is not JSON.');
      return handleRoute(this.store, matched, parsed.query, record.body);
    };

    const fault = this.faults.take(record);
    if (fault) record.fault = fault;
    if (fault && 'status' in fault) {
      const { result, headers } = faultAnswer(fault);
      this.answer(record, res, result, headers, fault.delayMs);
    } else if (fault && 'delayMs' in fault) {
      this.answer(record, res, run(), {}, fault.delayMs);
    } else if (fault) {
      // Dropped: the bot sees a socket error (reset) or no answer at all (timeout).
      if (fault.processed) record.responseBody = run().body;
      this.record(record);
      this.later('reset' in fault ? 0 : fault.timeoutMs, () => req.socket.destroy());
    } else {
      this.answer(record, res, run());
    }
  }

  private answer(
    record: RecordedRequest,
    res: http.ServerResponse,
    result: ConnectorResult,
    headers: Record<string, string> = {},
    delayMs = 0,
  ): void {
    record.status = result.status;
    if (result.body !== undefined) record.responseBody = result.body;
    this.record(record);
    const send = () => writeJson(res, result, headers);
    if (delayMs > 0) this.later(delayMs, send);
    else send();
  }

  private record(record: RecordedRequest): void {
    this.recorded.push(record);
    this.events.emit('request', record);
  }
}

export const startConnectorEmulator = (options?: ConnectorEmulatorOptions): Promise<ConnectorEmulator> =>
  ConnectorEmulator.start(options);

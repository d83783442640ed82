import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { CallbackDeps } from './callbacks/callback-deps';
import { citizenKeyFor } from './callbacks/citizen-key';
import { eraseCitizen } from './callbacks/erase-citizen';
import { eraseExpiredCitizenData } from './callbacks/erase-expired';
import { watchDeadlines } from './callbacks/watch-deadlines';
import { loadCalendar } from './centers/load-calendar';
import { loadCenters } from './centers/load-centers';
import type { Config } from './config/config';
import { KnowledgeBase } from './guides/knowledge-base';
import { createTabAuth, localDevUser, type TabAuthConfig } from './http/auth';
import { createServer, listen } from './http/create-server';
import { chooseListenHost } from './http/listen-address';
import { countRequests, registerMetricsRoute } from './http/metrics';
import { readinessCheck } from './http/readiness';
import { registerTabApi, type TabApiDeps } from './http/tab-api';
import { registerStartPage } from './http/start-page';
import { registerTabStatic } from './http/tab-static';
import { eraseOldSearchText } from './inquiries/erase-search-text';
import { startPeriodicJobs } from './jobs/periodic-jobs';
import { learnedKeywordsSync } from './learning/learned-keywords-sync';
import { pairingWindowMs } from './learning/pairing-rule';
import { createMetrics } from './metrics/app-metrics';
import { gaugeCollector, knowledgeGauges } from './metrics/collect-gauges';
import { countedThrottle } from './metrics/counted-throttle';
import type { PromSource } from './metrics/otel-bridge';
import { timedCatalog } from './metrics/timed-catalog';
import { reportUndeliverable } from './callbacks/report-undeliverable';
import { createDispatcher, outboxLeaseMs, type Dispatcher } from './outbox/dispatcher';
import { keepInstance } from './outbox/instance-keeper';
import { createSendThrottle } from './outbox/send-throttle';
import type { Logger } from './shared/logger';
import { runWorkerId } from './outbox/outbox-store';
import { keepStatisticsCurrent } from './coordinator/measure-durations';
import type { Store } from './storage/store';
import { openStore } from './storage/open-store';
import { botEndpoint } from './teams/bot-endpoint';
import { teamsCenterMembership } from './teams/center-membership';
import { channelAuthentication } from './teams/channel-authentication';
import { createAdapter } from './teams/create-adapter';
import { teamsDeliveryTable } from './teams/deliveries';
import { createChannelMessageReader } from './teams/graph/channel-messages';
import { channelReaderSettings } from './teams/graph/channel-reader-settings';
import { channelNotReadable, earlierPostInChannel } from './teams/graph/earlier-post';
import { KontaktcenterBot } from './teams/kontaktcenter-bot';
import { createTeamsSender } from './teams/teams-sender';

export interface RunningApp {
  url: string;
  port: number;
  knowledge: KnowledgeBase;
  store: Store;
  dispatcher: Dispatcher;
  /** The series of /metrics, for an exporter that pushes them (Application Insights). */
  metricSource: PromSource;
  /** Runs reminders and retention now (they also run every JOBS_INTERVAL_MS). */
  runJobs(): Promise<void>;
  stop(): Promise<void>;
}

/** The composition root: builds every part from the configuration and starts serving. */
export async function startApp(
  config: Config,
  logger: Logger,
  now: () => Date = () => new Date(),
  // Read from the environment by main.ts with the rest of the configuration; tests and the
  // playground run the tab as the local development user.
  tabAuth: TabAuthConfig = { mode: 'local', devUser: localDevUser },
): Promise<RunningApp> {
  const centers = loadCenters(config.knowledge.centersFile);
  const calendar = loadCalendar(config.calendarFile);
  const knowledge = KnowledgeBase.load(
    {
      dir: config.knowledge.dir,
      synonymsFile: config.knowledge.synonymsFile,
      centerCodes: centers.map((c) => c.code),
    },
    logger,
  );
  if (config.knowledge.watch) knowledge.watch();
  const store = await openStore(config.storage, logger);
  // Metrics: wrappers around the throttle and the catalog, a route and gauges read on scrape.
  const metrics = createMetrics();

  if (!config.microsoftApp) {
    logger.warn('teams.local_mode', {
      message: 'No MICROSOFT_APP_ID: accepting unauthenticated requests (local development only).',
    });
  }
  const throttle = countedThrottle(createSendThrottle(), metrics.teamsThrottled);
  // Teams calls made while a user waits for the answer: short, never retried (decision 0043).
  // It only looks members up, so it books nothing against the send rate limits.
  const turnSender = createTeamsSender({
    logger,
    credentials: config.microsoftApp,
    timeoutMs: config.turn.teamsTimeoutMs,
  });
  // The outbox's own sender: a shorter timeout, so that its lease fits in 30 s (decision 0033).
  const outboxSender = createTeamsSender({
    logger,
    credentials: config.microsoftApp,
    timeoutMs: config.outbox.teamsTimeoutMs,
    throttle,
  });
  const readerSettings = channelReaderSettings(config, tabAuth);
  const findEarlierPost = readerSettings
    ? earlierPostInChannel({
        reader: createChannelMessageReader({
          ...readerSettings,
          timeoutMs: config.outbox.teamsTimeoutMs,
          logger,
        }),
        sender: outboxSender,
        botAppId: config.microsoftApp?.id ?? null,
        settleMs: config.outbox.teamsTimeoutMs,
        now,
        logger,
      })
    : channelNotReadable;
  const { instanceId } = config.outbox;
  const workerId = runWorkerId(instanceId, randomUUID().slice(0, 8));
  const dispatcher: Dispatcher = createDispatcher({
    store: store.outbox,
    deliver: teamsDeliveryTable({
      store,
      sender: outboxSender,
      centers: () => centers,
      logger,
      findEarlierPost,
      botName: config.botName,
    }),
    workerId,
    logger,
    clock: now,
    pollMs: config.jobs.outboxPollMs,
    leaseMs: outboxLeaseMs(config.outbox.teamsTimeoutMs),
    onDead: reportUndeliverable({ store, now, outboxChanged: () => dispatcher.wake() }),
  });
  const instance = keepInstance({
    store: store.outbox,
    instanceId,
    owner: workerId,
    logger,
    onReleased: () => dispatcher.wake(),
  });
  const callbacks: CallbackDeps = {
    store,
    centers: () => centers,
    calendar,
    rules: { minAttemptsForNotReached: config.callbacks.notReachedMinAttempts },
    // On the app's clock, like everything else that expires (tests move it forward).
    membership: teamsCenterMembership(store, turnSender, { logger, now: () => now().getTime() }),
    now,
    logger,
    citizenKey: citizenKeyFor(config.accessLog.key),
    outboxChanged: () => dispatcher.wake(),
  };
  const refreshLearned = learnedKeywordsSync({
    learning: store.learning,
    apply: (learned) => knowledge.setLearned(learned),
    logger,
  });
  const adapter = createAdapter(config, logger);
  const bot = new KontaktcenterBot({
    config,
    logger,
    catalog: timedCatalog(knowledge.current, metrics),
    centers: () => centers,
    now,
    store,
    callbacks,
    members: turnSender,
  });

  const server: Server = createServer({
    logger,
    botEndpoint: botEndpoint(
      adapter,
      channelAuthentication(config, adapter.authentication, logger),
      bot,
      logger,
    ),
    isReady: readinessCheck({ guideCount: () => knowledge.current().all().length, store }),
  });
  countRequests(server, metrics);
  const collectGauges = gaugeCollector(metrics, {
    callbacks: store.callbacks,
    outbox: store.outbox,
    dispatcher,
    knowledge: knowledgeGauges(knowledge),
    now,
    logger,
  });
  registerMetricsRoute(server, metrics, { token: config.metricsToken, collect: collectGauges });
  const tabApi: TabApiDeps = {
    authenticate: createTabAuth(tabAuth, { logger, nodeEnv: config.env }),
    mode: tabAuth.mode,
    stats: store.stats,
    callbacks: store.callbacks,
    accessLog: store.accessLog,
    adminLog: store.adminLog,
    channels: store.channels,
    inquiries: store.inquiries,
    outbox: store.outbox,
    centers: () => centers,
    calendar,
    catalog: knowledge.current,
    citizenKey: callbacks.citizenKey,
    now,
    logger,
    eraseCitizen: (phone, by) => eraseCitizen(callbacks, phone, by),
    downloadLinks: store.downloadLinks,
    keywords: {
      learning: store.learning,
      adminLog: store.adminLog,
      catalog: knowledge.current,
      centers: () => centers,
      now,
      logger,
      refreshLearned: () => refreshLearned(),
    },
  };
  registerTabApi(server, tabApi);
  // In production the tab is built by `npm run build`; the bundler is a development dependency.
  const production = config.env === 'production';
  registerTabStatic(server, { logger, production, ...(production ? { build: null } : {}) });
  registerStartPage(server, { production: config.env === 'production' });
  const unauthenticated = [
    ...(config.microsoftApp ? [] : ['bot endpoint (no MICROSOFT_APP_ID)']),
    ...(tabAuth.mode === 'local' ? ['tab (no TAB_CLIENT_ID)'] : []),
  ];
  const listenOn = chooseListenHost(config.host, unauthenticated);
  const { url, port, address } = await listen(server, config.port, listenOn.host);
  if (listenOn.openedDeliberately) {
    logger.warn('server.open_without_authentication', {
      message: 'HOST opens a server that accepts unauthenticated requests to the network.',
      setting: 'HOST',
      address,
      unauthenticated,
    });
  }
  // Earlier runs' leases are freed before the first round, so what they held is delivered at once.
  await instance.start();
  dispatcher.start();
  const dayMs = 86_400_000;
  // Keywords accepted on any instance reach this one's index within LEARNED_KEYWORDS_POLL_MS.
  const learnedSync = startPeriodicJobs(
    [{ name: 'learned-keywords', run: refreshLearned }],
    config.jobs.learnedKeywordsPollMs,
    logger,
  );
  const jobs = startPeriodicJobs(
    [
      {
        name: 'deadlines',
        run: () => watchDeadlines(callbacks, config.callbacks.reminderLeadMinutes * 60_000),
      },
      { name: 'retention', run: () => eraseExpiredCitizenData(callbacks, config.retentionDays) },
      {
        name: 'search-text-retention',
        run: () => eraseOldSearchText({ inquiries: store.inquiries, now, logger }, config.retentionDays),
      },
      {
        name: 'access-log-retention',
        run: () =>
          store.accessLog.purgeAccessLog(new Date(now().getTime() - config.accessLog.retentionDays * dayMs)),
      },
      {
        // Off the search path: nothing older than the pairing window is ever read again.
        name: 'recent-searches-cleanup',
        run: () => store.learning.forgetSearches(new Date(now().getTime() - 2 * pairingWindowMs)),
      },
      {
        name: 'keyword-pairs-retention',
        run: () => store.learning.erasePairs(new Date(now().getTime() - config.retentionDays * dayMs)),
      },
      {
        name: 'admin-log-retention',
        run: () =>
          store.adminLog.purgeAdminChanges(
            new Date(now().getTime() - config.accessLog.retentionDays * dayMs),
          ),
      },
      { name: 'outbox-cleanup', run: () => store.outbox.purgeSent(new Date(now().getTime() - 7 * dayMs)) },
      { name: 'statistics', run: () => keepStatisticsCurrent(tabApi) },
    ],
    config.jobs.intervalMs,
    logger,
  );
  logger.info('server.listening', {
    url,
    address,
    port,
    instanceId,
    mode: config.microsoftApp ? 'authenticated' : 'local',
    storage: store.kind,
  });

  return {
    url,
    port,
    knowledge,
    store,
    dispatcher,
    metricSource: { registries: metrics.registries, collect: collectGauges },
    runJobs: jobs.runNow,
    stop: async () => {
      knowledge.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await learnedSync.stop();
      await dispatcher.stop();
      await instance.stop();
      await store.close();
      logger.info('server.stopped');
    },
  };
}

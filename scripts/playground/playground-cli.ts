import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Starts the Microsoft 365 Agents Playground CLI (@microsoft/m365agentsplayground) as a child
 * process, as `agentsplayground -e <bot> -c msteams --dt` would, and resolves once it listens.
 * It needs no network: telemetry is off (--dt), and the page's fonts from Microsoft's CDN are
 * optional.
 */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Requested port; the CLI takes a random one when it is busy, and says which. */
  port: number;
  /** The mock Bot Connector's URL as the bot should see it (see card-relay.ts). */
  serviceUrl?: string;
  /** The Teams context: tenant, users, team and channels (.m365agentsplayground.yml). */
  configFile: string;
  /** The CLI's own log; by default it writes ./devTools/ in the working directory. */
  logFile: string;
  /** Let the CLI open a browser tab (only where there is a desktop to open it on). */
  openBrowser: boolean;
  /** Called with each line the CLI prints. */
  onOutput?: (line: string) => void;
}

export interface RunningPlayground {
  url: string;
  port: number;
  pid: number;
  /** Resolves with the exit code when the CLI ends, for whatever reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const startTimeoutMs = 60_000;

function playgroundCliPath(): string {
  return path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

export function playgroundArgs(
  options: Pick<PlaygroundOptions, 'botEndpoint' | 'port' | 'serviceUrl'>,
): string[] {
  return [
    ...['--app-endpoint', options.botEndpoint],
    ...['--channel-id', 'msteams'],
    ...['--port', String(options.port)],
    ...(options.serviceUrl ? ['--service-url', options.serviceUrl] : []),
    '--disable-telemetry',
  ];
}

/** A desktop to open a browser on: not a headless Linux box (no X11 or Wayland display). */
export const hasDisplay = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean =>
  platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

export function startPlaygroundCli(options: PlaygroundOptions): Promise<RunningPlayground> {
  const child = spawn(process.execPath, [playgroundCliPath(), ...playgroundArgs(options)], {
    cwd: path.dirname(options.configFile),
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configFile,
      M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
      ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output: string[] = [];

  return new Promise<RunningPlayground>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(`it did not say it was listening within ${startTimeoutMs / 1000} s`),
      startTimeoutMs,
    );
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(new Error(`Agents Playground did not start: ${reason}\n${output.slice(-20).join('\n')}`));
    };
    const onLine = (line: string) => {
      output.push(line);
      options.onOutput?.(line);
      const listening = /Listening on (\d+)/.exec(line);
      if (!listening) return;
      clearTimeout(timer);
      const port = Number(listening[1]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        pid: child.pid!,
        exited,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split(/\r?\n/);
        rest = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    child.on('error', (error) => fail(error.message));
    void exited.then((code) => fail(`it exited with code ${code}`));
  });
}

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const repo = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  /** What the server wrote to stdout that is not a JSON log line (the hints for the terminal). */
  text: string[];
  /** Sends the signal (unless the process has ended) and resolves with its exit code. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ServerProcessOptions {
  /** A built entry (`dist/bot/src/main.js`) run by plain node; default: the sources with tsx. */
  entry?: string;
  cwd?: string;
  /** Extra arguments for node, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** `drop`: stop reading log lines once the server listens (benchmarks, which log a lot). */
  logs?: 'keep' | 'drop';
  startTimeoutMs?: number;
}

function spawnServer(env: Record<string, string>, options: ServerProcessOptions): ChildProcess {
  const entry = options.entry ? [options.entry] : ['--import', 'tsx', path.join(repo, 'bot/src/main.ts')];
  return spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    cwd: options.cwd ?? repo,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_WATCH: 'false',
      LOG_LEVEL: 'debug',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The real server as `npm start` (or the host, with `entry`) runs it, in its own process. */
export async function startServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const child = spawnServer(env, options);
  const logs: Record<string, unknown>[] = [];
  const text: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never says it listens must not outlive the test that started it.
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${stderr}`));
    }, options.startTimeoutMs ?? 20_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.event === 'server.listening') {
          clearTimeout(timer);
          if (options.logs === 'drop') {
            lines.close();
            child.stdout!.resume();
          }
          resolve(String(entry.url));
        }
      } catch {
        text.push(line);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    logs,
    text,
    kill: (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the server until it exits by itself (a refused configuration); killed after 30 s. */
export function runUntilExit(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<{ code: number | null; stderr: string }> {
  const child = spawnServer(env, options);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  child.stdout!.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

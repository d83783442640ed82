import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

export interface BuiltServer {
  url: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  /** Sends the signal and resolves with the exit code once the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Exit {
  code: number | null;
  stderr: string;
}

/** `node <entry>` exactly as the host runs it: plain node, no tsx, no TypeScript. */
export function spawnBuilt(entry: string, cwd: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [entry], {
    cwd,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_WATCH: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the built server and resolves once it logs `server.listening`. */
export async function startBuiltServer(
  entry: string,
  cwd: string,
  env: Record<string, string>,
): Promise<BuiltServer> {
  const child = spawnBuilt(entry, cwd, env);
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`built server did not start: ${stderr}`)), 30_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.event === 'server.listening') {
          clearTimeout(timer);
          resolve(String(entry.url));
        }
      } catch {
        // not a log line
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`built server exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    logs,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the built server until it exits by itself (a refused configuration). */
export function runUntilExit(entry: string, cwd: string, env: Record<string, string>): Promise<Exit> {
  const child = spawnBuilt(entry, cwd, env);
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

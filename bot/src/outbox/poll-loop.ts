/**
 * Runs a round again and again: at once after a full round (more is probably due), otherwise
 * after `pollMs`, or as soon as wake() is called. stop() resolves when the round in progress ends.
 *
 * Woken rounds start at least `minGapMs` after the previous round started: under load every
 * booking and every claim wakes the loop, and a round per wake would lease one entry at a time,
 * each lease a write transaction. Gathered, one round takes what a few commits made due.
 */
export interface PollLoop {
  /** Returns false when already running. */
  start(): boolean;
  stop(): Promise<void>;
  wake(): void;
}

export function createPollLoop(options: {
  /** Resolves true when the round was full. */
  round: () => Promise<boolean>;
  pollMs: number;
  minGapMs?: number;
  onError: (error: unknown) => void;
}): PollLoop {
  const minGapMs = options.minGapMs ?? 0;
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  // A wake() during a round must not be lost: the next pause is then cut short.
  let wokenEarly = false;
  let lastStart = -Infinity;

  const pause = () =>
    new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const go = () => {
        clearTimeout(timer);
        resolve();
      };
      const soon = () => {
        clearTimeout(timer);
        const waitMs = lastStart + minGapMs - Date.now();
        if (waitMs <= 0 || !running) return go();
        // Later wakes are absorbed by the round about to start; stop() still ends the wait.
        wakeUp = () => {
          if (!running) go();
        };
        timer = setTimeout(go, waitMs);
      };
      if (wokenEarly) {
        wokenEarly = false;
        return soon();
      }
      timer = setTimeout(soon, options.pollMs);
      wakeUp = soon;
    });

  async function run(): Promise<void> {
    while (running) {
      let full = false;
      wakeUp = undefined;
      lastStart = Date.now();
      try {
        full = await options.round();
      } catch (error) {
        options.onError(error);
      }
      if (running && !full) await pause();
    }
  }

  return {
    start() {
      if (running) return false;
      running = true;
      wokenEarly = false;
      loop = run();
      return true;
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      loop = undefined;
    },
    wake() {
      if (wakeUp) wakeUp();
      else wokenEarly = true;
    },
  };
}

/**
 * Runs a round again and again: at once after a full round (more is probably due), otherwise
 * after `pollMs`, or as soon as wake() is called. stop() resolves when the round in progress ends.
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
  onError: (error: unknown) => void;
}): PollLoop {
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  // A wake() during a round must not be lost: the next pause is then skipped.
  let wokenEarly = false;

  const pause = () =>
    new Promise<void>((resolve) => {
      if (wokenEarly) {
        wokenEarly = false;
        return resolve();
      }
      const timer = setTimeout(() => wakeUp?.(), options.pollMs);
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      };
    });

  async function run(): Promise<void> {
    while (running) {
      let full = false;
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

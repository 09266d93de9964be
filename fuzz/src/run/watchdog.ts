import { Worker } from 'node:worker_threads';

/**
 * A function that never returns (a loop that cannot end on hostile input) blocks the thread, so
 * neither vitest's timeout nor fast-check's can fire. The watchdog is a worker thread with its
 * own event loop: told before each case what is about to run, it writes that case to stderr and
 * ends the process when a case runs longer than the limit, so a hang becomes a failed run that
 * names the entry point and the input instead of a silent stall.
 */
export interface Watchdog {
  /** Call before a case starts (synchronously: the message is queued before the case can block). */
  starting(what: string): void;
  /** Call when the case has ended. */
  finished(): void;
  /** Stops the watchdog thread. */
  stop(): Promise<void>;
}

const source = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
let timer;
parentPort.on('message', (m) => {
  clearTimeout(timer);
  if (m.what === undefined) return;
  timer = setTimeout(() => {
    writeSync(2, '\\nfuzz watchdog: a case has run for more than ' + workerData.limitMs +
      ' ms, probably an endless loop; ending the run.\\n  ' + m.what + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }, workerData.limitMs);
});
`;

/** Starts a watchdog that ends the process when one case runs longer than `limitMs`. */
export function startWatchdog(limitMs: number): Watchdog {
  const worker = new Worker(source, { eval: true, workerData: { limitMs } });
  worker.unref();
  return {
    starting: (what) => worker.postMessage({ what }),
    finished: () => worker.postMessage({}),
    stop: async () => {
      await worker.terminate();
    },
  };
}

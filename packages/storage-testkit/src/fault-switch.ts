import { StorageUnavailableError } from '@livewell/storage';
import type { FaultInjector, WriteOperation } from '@livewell/storage/driver';

/**
 * A {@link FaultInjector} the suite can arm: after `arm(n)`, the n-th following write throws a
 * `StorageUnavailableError` (once). Records what it saw, so a test can tell whether the adapter
 * called it at all.
 */
export class FaultSwitch implements FaultInjector {
  #countdown: number | null = null;
  /** Writes reported since the last `arm`. */
  writes: WriteOperation[] = [];
  /** Whether the armed fault has fired. */
  fired = false;

  /** Fails the `nth` write from now (1 = the next write). */
  arm(nth: number): void {
    this.#countdown = nth;
    this.writes = [];
    this.fired = false;
  }

  disarm(): void {
    this.#countdown = null;
  }

  beforeWrite(operation: WriteOperation): void {
    this.writes.push(operation);
    if (this.#countdown === null) return;
    this.#countdown -= 1;
    if (this.#countdown === 0) {
      this.#countdown = null;
      this.fired = true;
      throw new StorageUnavailableError(
        `Injected failure before ${operation.action} on ${operation.collection}.`,
      );
    }
  }
}

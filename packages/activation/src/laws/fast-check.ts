import { createRequire } from 'node:module';
import type * as FastCheck from 'fast-check';

/** Thrown when `@livewell/activation/laws` is used without its optional peer `fast-check`. */
export class MissingFastCheckError extends Error {
  readonly code = 'fast-check-missing';
  constructor(cause: unknown) {
    super(
      '@livewell/activation/laws needs fast-check, an optional peer dependency that is not installed. ' +
        'Add it to your dev dependencies (for example `pnpm add -D fast-check` or `npm i -D fast-check`, version 4).',
      { cause },
    );
    this.name = 'MissingFastCheckError';
  }
}

let loaded: typeof FastCheck | undefined;

/** Loads an optional peer by name, or throws {@link MissingFastCheckError}. */
export function requirePeer(name: string): unknown {
  try {
    return createRequire(import.meta.url)(name);
  } catch (cause) {
    throw new MissingFastCheckError(cause);
  }
}

/**
 * fast-check, loaded on first use rather than on import, so that importing the law suite
 * without fast-check installed gives {@link MissingFastCheckError} with instructions instead of
 * a bare `MODULE_NOT_FOUND`.
 */
export function fastCheck(): typeof FastCheck {
  loaded ??= requirePeer('fast-check') as typeof FastCheck;
  return loaded;
}

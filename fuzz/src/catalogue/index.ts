import { coreParsers, coreTime } from './core.js';
import type { EntryPoint } from './entry.js';

/**
 * The catalogue: every exported livewell function that takes outside data, with how to call
 * it with a fuzzed argument and what its typed error looks like. Functions that take no
 * outside data are listed, with the reason, in `not-fuzzed.ts`; entry points that still throw
 * are listed in `known-throwing.ts`.
 */
export const catalogue: readonly EntryPoint[] = [...coreParsers, ...coreTime];

import fc from 'fast-check';
import { type EntryPoint, entryId } from '../catalogue/entry.js';
import type { FuzzedInput } from '../inputs/fuzzed-args.js';
import { checkCase, FuzzFailure } from './check.js';

/** The seed of the valid arguments that known counterexamples are applied to. */
export const KNOWN_VALID_SEED = 1;

/** The valid arguments a known counterexample is applied to (the same on every machine). */
export function knownValid(entry: EntryPoint, seed = KNOWN_VALID_SEED): readonly unknown[] {
  const [valid] = fc.sample(entry.valid, { seed, numRuns: 1 });
  if (!valid) throw new Error(`${entryId(entry)}: no valid arguments`);
  return valid;
}

/** Replays one input on the known valid arguments: the failure, or `undefined` if it holds. */
export async function replayInput(
  entry: EntryPoint,
  at: number,
  input: FuzzedInput,
  validSeed = KNOWN_VALID_SEED,
): Promise<FuzzFailure | undefined> {
  try {
    await checkCase(entry, { valid: knownValid(entry, validSeed), at, input });
    return undefined;
  } catch (failure) {
    if (failure instanceof FuzzFailure) return failure;
    throw failure;
  }
}

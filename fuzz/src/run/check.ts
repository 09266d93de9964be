import { isDeepStrictEqual } from 'node:util';
import { type EntryPoint, entryId } from '../catalogue/entry.js';
import { type Outcome, returnedOutcome, thrownOutcome } from '../catalogue/outcome.js';
import { tryCopy } from '../inputs/copy.js';
import { buildCase, type FuzzCase } from '../inputs/fuzzed-args.js';
import { describeThrown, livewellFrame, topFrame } from './frames.js';

/** A broken promise of the boundary: a throw, a mutated argument, or a refusal that changed state. */
export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
}

/** Calls the entry point and classifies how it ended; a throw that is not its typed error fails. */
async function outcomeOf(
  entry: EntryPoint,
  args: readonly unknown[],
  call: (args: readonly unknown[]) => unknown,
  where: string,
): Promise<Outcome> {
  try {
    const value: unknown = call(args);
    const settled =
      entry.typedError === 'async-result' || entry.typedError === 'storage-error'
        ? await value
        : value;
    return returnedOutcome(entry.typedError, settled);
  } catch (thrown) {
    const typed = thrownOutcome(entry.typedError, thrown);
    if (typed) return typed;
    const frame = livewellFrame(thrown) ?? topFrame(thrown) ?? 'unknown frame';
    throw new FuzzFailure(
      `${entryId(entry)} threw ${describeThrown(thrown)}\n    at ${frame}\n    input: ${where}`,
      { cause: thrown },
    );
  }
}

/** Runs one fuzz case and throws a {@link FuzzFailure} if the entry point broke its promise. */
export async function checkCase(entry: EntryPoint, c: FuzzCase): Promise<void> {
  const { args, where } = buildCase(c);
  const before = args.map(tryCopy);
  const session = entry.session ? await entry.session() : undefined;
  const call = session?.call ?? entry.call;
  if (!call) throw new Error(`${entryId(entry)} has neither call nor session`);
  const stateBefore = session ? await session.snapshot() : undefined;
  const outcome = await outcomeOf(entry, args, call, where);
  const id = entryId(entry);
  if (outcome.kind === 'malformed') {
    throw new FuzzFailure(`${id} returned no typed error: ${outcome.why}\n    input: ${where}`);
  }
  before.forEach((copy, i) => {
    if (!copy) return;
    const after = tryCopy(args[i]);
    if (!after || !isDeepStrictEqual(copy.copy, after.copy)) {
      throw new FuzzFailure(`${id} mutated argument ${i}\n    input: ${where}`);
    }
  });
  if (session && outcome.kind === 'rejected') {
    const stateAfter = await session.snapshot();
    if (!isDeepStrictEqual(stateBefore, stateAfter)) {
      throw new FuzzFailure(
        `${id} refused (${outcome.code}) but changed the stored state\n    input: ${where}`,
      );
    }
  }
}

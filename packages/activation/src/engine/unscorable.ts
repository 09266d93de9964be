import type { InstrumentDefinition, MissingDataRule, RaisedFlag } from '@livewell/core';
import type { Unscorable, UnscorableCode } from './types.js';

/** An unscorable outcome as a failed result (no allocation of a wrapper by callers). */
export type UnscorableResult = { readonly ok: false; readonly error: Unscorable };

/** What to report about a response set that could not be scored. */
export interface UnscorableFacts {
  readonly flags: readonly RaisedFlag[];
  readonly answered: number;
  readonly missingItems: readonly string[];
  readonly itemId?: string | undefined;
}

/**
 * Builds the {@link Unscorable} outcome for a checked definition; the missing-data rule is
 * attached for `too-many-missing`. Shared by the reference and the compiled scorer so both
 * report the same shape.
 */
export function unscorable(
  def: InstrumentDefinition,
  code: UnscorableCode,
  message: string,
  facts: UnscorableFacts,
): UnscorableResult {
  const rule: MissingDataRule | undefined =
    code === 'too-many-missing' ? def.scoring.missing : undefined;
  return {
    ok: false,
    error: {
      code,
      message,
      instrumentId: def.id,
      instrument: { id: def.id, version: def.version },
      flags: facts.flags,
      answered: facts.answered,
      missingItems: facts.missingItems,
      ...(rule === undefined ? {} : { rule }),
      ...(facts.itemId === undefined ? {} : { itemId: facts.itemId }),
    },
  };
}

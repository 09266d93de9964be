import {
  type CarePlan,
  type CarePlanEvent,
  type DomainError,
  err,
  type ParseError,
  parseCarePlan,
  parseCarePlanEvent,
  type Result,
} from '@livewell/core';

/** The snapshot and event schema version this release writes. */
export const CURRENT_CARE_PLAN_SCHEMA_VERSION = 1;

/** Why a stored record could not be read: not an object, an unknown version, or invalid. */
export type UpcastError = ParseError | DomainError<'unsupported-schema-version'>;

/** Steps from version n to n+1, keyed by n. Empty while v1 is the only released version. */
type Upcasters = Readonly<
  Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>
>;

const carePlanUpcasters: Upcasters = {};
const carePlanEventUpcasters: Upcasters = {};

function lift(
  input: unknown,
  upcasters: Upcasters,
  name: string,
): Result<unknown, DomainError<'unsupported-schema-version'>> | undefined {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) return undefined;
  let raw = input as Record<string, unknown>;
  let version = raw.schemaVersion;
  while (typeof version === 'number' && version < CURRENT_CARE_PLAN_SCHEMA_VERSION) {
    const up = upcasters[version];
    if (!up) break;
    raw = up(raw);
    version = raw.schemaVersion;
  }
  if (version !== CURRENT_CARE_PLAN_SCHEMA_VERSION) {
    return err({
      code: 'unsupported-schema-version',
      message: `${name} schemaVersion ${String(version)} cannot be read by this release (reads ${CURRENT_CARE_PLAN_SCHEMA_VERSION}).`,
      details: { schemaVersion: version },
    });
  }
  return { ok: true, value: raw };
}

/**
 * Reads a stored plan snapshot of any released schema version, upcasting it to the current one,
 * then validates it. Never throws.
 */
export function upcastCarePlan(input: unknown): Result<CarePlan, UpcastError> {
  try {
    const lifted = lift(input, carePlanUpcasters, 'CarePlan');
    if (lifted && !lifted.ok) return lifted;
    return parseCarePlan(lifted ? lifted.value : input);
  } catch {
    return parseCarePlan(undefined);
  }
}

/** Reads a stored care-plan event of any released schema version. Never throws. */
export function upcastCarePlanEvent(input: unknown): Result<CarePlanEvent, UpcastError> {
  try {
    const lifted = lift(input, carePlanEventUpcasters, 'CarePlanEvent');
    if (lifted && !lifted.ok) return lifted;
    return parseCarePlanEvent(lifted ? lifted.value : input);
  } catch {
    return parseCarePlanEvent(undefined);
  }
}

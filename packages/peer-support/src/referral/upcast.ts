import {
  type DomainError,
  err,
  type ParseError,
  type Parser,
  parseReferral,
  parseReferralEvent,
  type Referral,
  type ReferralEvent,
  type Result,
} from '@livewell/core';

/** The schema version this release writes for referrals, programmes and enrolments. */
export const CURRENT_REFERRAL_SCHEMA_VERSION = 1;

/** Why a stored record could not be read: an unknown version, or invalid. */
export type ReferralUpcastError = ParseError | DomainError<'unsupported-schema-version'>;

/** Steps from version n to n+1, keyed by n. Empty while v1 is the only released version. */
export type Upcasters = Readonly<
  Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>
>;

/**
 * Reads a stored record of any released version: applies the upcasters from its
 * `schemaVersion` up to the current one, then parses. Never throws.
 */
export function upcastWith<T>(
  input: unknown,
  name: string,
  upcasters: Upcasters,
  parse: Parser<T>,
): Result<T, ReferralUpcastError> {
  try {
    if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) {
      return parse(input);
    }
    let raw = input as Record<string, unknown>;
    let version = raw.schemaVersion;
    while (typeof version === 'number' && version < CURRENT_REFERRAL_SCHEMA_VERSION) {
      const up = upcasters[version];
      if (up === undefined) break;
      raw = up(raw);
      version = raw.schemaVersion;
    }
    if (version !== CURRENT_REFERRAL_SCHEMA_VERSION) {
      return err({
        code: 'unsupported-schema-version',
        message: `${name} schemaVersion ${String(version)} cannot be read by this release (reads ${CURRENT_REFERRAL_SCHEMA_VERSION}).`,
        details: { schemaVersion: version },
      });
    }
    return parse(raw);
  } catch {
    return parse(undefined);
  }
}

const referralUpcasters: Upcasters = {};
const referralEventUpcasters: Upcasters = {};

/** Reads a stored referral of any released schema version. Never throws. */
export const upcastReferral = (input: unknown): Result<Referral, ReferralUpcastError> =>
  upcastWith(input, 'Referral', referralUpcasters, parseReferral);

/** Reads a stored referral event of any released schema version. Never throws. */
export const upcastReferralEvent = (input: unknown): Result<ReferralEvent, ReferralUpcastError> =>
  upcastWith(input, 'ReferralEvent', referralEventUpcasters, parseReferralEvent);

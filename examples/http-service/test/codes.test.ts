/**
 * Every error code of every package has a status in core's `problemTypes`. The type below does
 * not compile when a package adds a code without one (`pnpm typecheck`); the runtime lists catch
 * the codes each package also lists as values.
 */
import type {
  CohortError,
  CompareError,
  ExternalScorerError,
  InvalidDefinition,
  ItemTextError,
  LicensedResultError,
  PracticeAssessmentError,
  Unscorable,
  UtilisationError,
} from '@livewell/activation';
import { type InstrumentLawViolation, MissingFastCheckError } from '@livewell/activation/laws';
import {
  type RejectionCode as CarePlanCode,
  rejectionCodes as carePlanCodes,
} from '@livewell/care-plan';
import {
  isLivewellErrorCode,
  type LivewellErrorCode,
  lifecycleRejectionCodes,
  livewellErrorCodes,
  type ParseError,
  problemTypes,
  UnscorableCodeSchema,
  type UnsupportedSchemaVersion,
} from '@livewell/core';
import type { BundleError, FhirImportError } from '@livewell/fhir';
import type {
  CapacityError,
  FeedPageError,
  GeocodeError,
  MatchError,
  NeedVocabularyError,
  PlacesFreeError,
  programme,
  referral,
  ScheduleError,
  SearchError,
} from '@livewell/peer-support';
import type { OrukApiError, OrukError, OrukSyncError } from '@livewell/peer-support/oruk';
import type { RejectionCode as ImprovementCode } from '@livewell/practice';
import type { StorageErrorCode } from '@livewell/storage';
import type { MigrationErrorCode } from '@livewell/storage-postgres';
import { InvalidSchemaNameError } from '@livewell/storage-postgres';
import type { RejectionCode as TaskCode } from '@livewell/worklist';
import { describe, expect, it } from 'vitest';

/** Every code any livewell package returns or throws, from each package's own types. */
type EveryCode =
  | ParseError['code']
  | UnsupportedSchemaVersion['code']
  | CarePlanCode
  | Unscorable['code']
  | InvalidDefinition['code']
  | CompareError['code']
  | ExternalScorerError['code']
  | ItemTextError['code']
  | LicensedResultError['code']
  | CohortError['code']
  | UtilisationError['code']
  | InstrumentLawViolation['code']
  | MissingFastCheckError['code']
  // thrown inside the properties of `instrumentLaws` (its class is not exported)
  | 'instrument-law-broken'
  | referral.RejectionCode
  | programme.RejectionCode
  | ScheduleError['code']
  | SearchError['code']
  | MatchError['code']
  | OrukError['code']
  | OrukApiError['code']
  | OrukSyncError['code']
  | CapacityError['code']
  | PlacesFreeError['code']
  | FeedPageError['code']
  | GeocodeError['code']
  | NeedVocabularyError['code']
  | referral.OutcomeSummaryError['code']
  | PracticeAssessmentError['code']
  | ImprovementCode
  | TaskCode
  | FhirImportError['code']
  | BundleError['code']
  | StorageErrorCode
  | MigrationErrorCode
  | InvalidSchemaNameError['code'];

/** Fails to compile, naming the codes, when a code has no problem type. */
type Unmapped = Exclude<EveryCode, LivewellErrorCode>;
const noneUnmapped: [Unmapped] extends [never] ? true : Unmapped = true;
/** Fails to compile, naming the codes, when the table maps a code no package has. */
type Extra = Exclude<LivewellErrorCode, EveryCode>;
const noneExtra: [Extra] extends [never] ? true : Extra = true;

describe('every livewell error code has an HTTP status', () => {
  it('compiles only when no package code is missing from problemTypes', () => {
    expect(noneUnmapped).toBe(true);
  });

  it.each([
    ...carePlanCodes,
    ...lifecycleRejectionCodes,
    ...UnscorableCodeSchema.options,
    new MissingFastCheckError(undefined).code,
    new InvalidSchemaNameError('x y').code,
  ])('%s is mapped', (code) => {
    expect(isLivewellErrorCode(code)).toBe(true);
  });

  it('maps nothing that no package returns (the table and the unions agree both ways)', () => {
    expect(noneExtra).toBe(true);
    expect(Object.keys(problemTypes)).toEqual(livewellErrorCodes);
  });
});

import { activationEntries } from './activation.js';
import { carePlanEntries } from './care-plan.js';
import { coreBoundary, coreParsers, coreTime } from './core.js';
import type { EntryPoint } from './entry.js';
import { fhirImports } from './fhir.js';
import { journeyEntries, practiceSideEntries } from './journey.js';
import { orukEntries, scheduleEntries, searchEntries } from './peer-support.js';
import { practiceEntries } from './practice.js';
import { programmeEntries, referralEntries } from './referral-programme.js';
import { storageEntries } from './storage.js';
import { worklistEntries } from './worklist.js';

/**
 * The catalogue: every exported livewell function that takes outside data, with how to call
 * it with a fuzzed argument and what its typed error looks like. Functions that take no
 * outside data are listed, with the reason, in `not-fuzzed.ts`; entry points that still throw
 * are listed in `known-throwing.ts`.
 */
export const catalogue: readonly EntryPoint[] = [
  ...coreParsers,
  ...coreTime,
  ...coreBoundary,
  ...fhirImports,
  ...carePlanEntries,
  ...activationEntries,
  ...orukEntries,
  ...scheduleEntries,
  ...searchEntries,
  ...referralEntries,
  ...programmeEntries,
  ...storageEntries,
  ...worklistEntries,
  ...practiceEntries,
  ...practiceSideEntries,
  ...journeyEntries,
];

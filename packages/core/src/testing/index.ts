/**
 * @livewell/core/testing — fast-check arbitraries for every domain type, for livewell's own
 * property tests and for downstream products' tests. Requires `fast-check` (optional peer).
 *
 * @packageDocumentation
 */
import type fc from 'fast-check';
import type { SchemaName } from '../catalogue.js';
import { activationArbitraries } from './activation.js';
import { auditEventArb } from './audit.js';
import { carePlanArbitraries } from './care-plan.js';
import { directoryArbitraries } from './directory.js';
import {
  careTeamArb,
  personArb,
  practitionerArb,
  practitionerMembershipArb,
  trustedSystemArb,
} from './people.js';
import { referralArbitraries } from './referral.js';
import {
  actorArb,
  addressArb,
  codingArb,
  isoInstantArb,
  periodArb,
  tenantIdArb,
  timeZoneArb,
} from './shared.js';
import { worklistArbitraries } from './worklist.js';

export * from './activation.js';
export * from './audit.js';
export * from './care-plan.js';
export * from './directory.js';
export * from './hostile.js';
export * from './people.js';
export * from './referral.js';
export * from './shared.js';
export * from './worklist.js';

/** One arbitrary per schema in `schemaCatalogue`, keyed by schema name. */
export const catalogueArbitraries: Partial<Record<SchemaName, fc.Arbitrary<unknown>>> = {
  Actor: actorArb,
  Coding: codingArb,
  Period: periodArb,
  Address: addressArb,
  TenantId: tenantIdArb,
  TimeZone: timeZoneArb,
  IsoInstant: isoInstantArb,
  Person: personArb,
  Practitioner: practitionerArb,
  CareTeam: careTeamArb,
  PractitionerMembership: practitionerMembershipArb,
  TrustedSystem: trustedSystemArb,
  AuditEvent: auditEventArb,
  ...carePlanArbitraries,
  ...activationArbitraries,
  ...directoryArbitraries,
  ...referralArbitraries,
  ...worklistArbitraries,
};

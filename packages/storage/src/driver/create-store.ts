import type { TenantId } from '@livewell/core';
import { TenantIdSchema } from '@livewell/core';
import { InvalidRequestError } from '../port/errors.js';
import { type RecordKinds, type RecordReaders, withReaders } from '../port/kinds.js';
import type { RetryEnvironment, RetryOptions } from '../port/retry-options.js';
import type { Repositories, Store, TenantStore } from '../port/store.js';
import { appendOnlyRepository } from './append-only-repository.js';
import { retryPolicy, systemRetryEnvironment } from './backoff.js';
import type { StorageDriver } from './driver.js';
import { eventSourcedRepository } from './event-sourced-repository.js';
import { NewerRecords } from './newer-records.js';
import { erasePractitioner, exportPractitioner } from './practitioner-access.js';
import { driverScope, type RetrySettings, type Scope, transactionScope } from './scope.js';
import { sessionPlacesRepository } from './session-places-repository.js';
import { erasePerson, exportPerson } from './subject-access.js';
import {
  improvementRepository,
  practitionerPlaceRepository,
  subjectAppendOnlyRepository,
} from './subject-repositories.js';
import { versionedRepository } from './versioned-repository.js';

/** Builds every repository of the port over one scope. */
function repositories(k: RecordKinds, scope: Scope): Repositories {
  return {
    people: versionedRepository(k.person, scope),
    carePlans: eventSourcedRepository(
      { key: 'plan', snapshot: k.carePlan, event: k.carePlanEvent },
      scope,
    ),
    assessments: appendOnlyRepository(k.assessment, scope),
    organisations: versionedRepository(k.organisation, scope),
    services: versionedRepository(k.service, scope),
    locations: versionedRepository(k.location, scope),
    referrals: eventSourcedRepository(
      { key: 'referral', snapshot: k.referral, event: k.referralEvent },
      scope,
    ),
    programmes: versionedRepository(k.programme, scope),
    enrolments: versionedRepository(k.enrolment, scope),
    sessionPlaces: sessionPlacesRepository(k.sessionPlaces, scope),
    tasks: eventSourcedRepository({ key: 'task', snapshot: k.task, event: k.taskEvent }, scope),
    audit: appendOnlyRepository(k.audit, scope),
    practitionerAssessments: subjectAppendOnlyRepository(k.practitionerAssessment, scope),
    practiceAssessments: subjectAppendOnlyRepository(k.practiceAssessment, scope),
    practitionerPlaces: practitionerPlaceRepository(
      { snapshot: k.practitionerPlace, event: k.practitionerPlaceEvent },
      scope,
    ),
    improvements: improvementRepository(
      { snapshot: k.improvement, event: k.improvementEvent },
      scope,
    ),
  };
}

/** Options for {@link createStore}. */
export interface CreateStoreOptions {
  /** How stored documents of older schema versions are read (upcast), by kind. */
  readonly readers?: RecordReaders;
  /** The store's defaults for `update` retries (each call may still override them). */
  readonly retry?: RetryOptions;
  /** Where retry waits and jitter come from (tests inject a deterministic one). */
  readonly retryEnvironment?: RetryEnvironment;
}

/**
 * Builds the full storage port over a {@link StorageDriver}: validation with core's parsers on
 * write and read, tenancy checks, opaque cursors, update-with-retry, care-plan events,
 * subject-access export and erasure. The in-memory adapter is `createStore(new MemoryDriver())`.
 * Pass `readers` to upcast older stored schema versions on read.
 *
 * @example
 * const store = createStore(myDriver, {
 *   readers: { carePlan: upcastCarePlan, carePlanEvent: upcastCarePlanEvent },
 * });
 * const practice = store.forTenant(tenantId);
 */
export function createStore(driver: StorageDriver, options: CreateStoreOptions = {}): Store {
  const kinds = withReaders(options.readers);
  const retry: RetrySettings = {
    defaults: retryPolicy(options.retry),
    environment: options.retryEnvironment ?? systemRetryEnvironment,
  };
  const newer = new NewerRecords();
  let closed = false;
  const guarded: StorageDriver = {
    run: (tenantId, mode, fn) => {
      if (closed) return Promise.reject(new InvalidRequestError('The store has been closed.'));
      return driver.run(tenantId, mode, fn);
    },
    close: () => driver.close(),
  };
  return {
    forTenant(tenantId: TenantId): TenantStore {
      if (!TenantIdSchema.safeParse(tenantId).success) {
        throw new InvalidRequestError(`"${String(tenantId)}" is not a valid tenant id.`);
      }
      const scope = driverScope(guarded, tenantId, retry, newer);
      return {
        tenantId,
        ...repositories(kinds, scope),
        transaction: (fn) =>
          guarded.run(tenantId, 'write', (session) =>
            fn(repositories(kinds, transactionScope(tenantId, session, retry, newer))),
          ),
        exportPerson: (personId) => exportPerson(kinds, scope, personId),
        erasePerson: (personId, request) => erasePerson(kinds, scope, personId, request),
        exportPractitioner: (practitionerId) => exportPractitioner(kinds, scope, practitionerId),
        erasePractitioner: (practitionerId, request) =>
          erasePractitioner(kinds, scope, practitionerId, request),
      };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}

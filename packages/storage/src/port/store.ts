import type {
  Actor,
  Assessment,
  AuditEvent,
  CarePlan,
  CarePlanEvent,
  Enrolment,
  Improvement,
  ImprovementEvent,
  IsoInstant,
  Location,
  Organisation,
  Person,
  PersonId,
  PracticeAssessment,
  PractitionerAssessment,
  PractitionerId,
  PractitionerPlace,
  PractitionerPlaceEvent,
  Programme,
  RecordId,
  Referral,
  ReferralEvent,
  Service,
  SessionPlaces,
  Task,
  TaskEvent,
  TenantId,
} from '@livewell/core';
import type { Page, PageRequest } from './pagination.js';
import type { ReadProblem } from './read-problem.js';
import type { StoredEvent, Versioned } from './records.js';
import type {
  AppendOnlyRepository,
  DirectoryRepository,
  EnrolmentRepository,
  EventSourcedRepository,
  SubjectAppendOnlyRepository,
  SubjectIndexed,
  VersionedRepository,
} from './repositories.js';

/** Care plans: snapshot + events; changes travel as `{ plan, events }`. */
export type CarePlanRepository = EventSourcedRepository<'plan', CarePlan, CarePlanEvent>;

/** Referrals: snapshot + events; changes travel as `{ referral, events }`. */
export type ReferralRepository = EventSourcedRepository<'referral', Referral, ReferralEvent>;

/** Worklist tasks: snapshot + events; changes travel as `{ task, events }`. */
export type TaskRepository = EventSourcedRepository<'task', Task, TaskEvent>;

/**
 * The capacity ledger: one versioned record per session (id `sessionPlacesId(session)`), so
 * bookings from different processes meet on one record — book with
 * `update(id, (p) => applyToSession(p, event))` from `@livewell/peer-support` and places never
 * go above capacity. Listed by service with `listByService` (id order).
 */
export interface SessionPlacesRepository extends VersionedRepository<SessionPlaces> {
  listByService(serviceId: RecordId, page?: PageRequest): Promise<Page<Versioned<SessionPlaces>>>;
}

/**
 * Practitioners' places on development programmes: snapshot + events (changes travel as
 * `{ place, events }`), listed by practitioner with `listBySubject`; never indexed by person.
 */
export interface PractitionerPlaceRepository
  extends Omit<
      EventSourcedRepository<'place', PractitionerPlace, PractitionerPlaceEvent>,
      'listByPerson'
    >,
    SubjectIndexed<Versioned<PractitionerPlace>> {}

/**
 * A practice's improvement log: snapshot + events (changes travel as `{ improvement, events }`),
 * listed by practice with `listBySubject`; never indexed by person.
 */
export interface ImprovementRepository
  extends Omit<
      EventSourcedRepository<'improvement', Improvement, ImprovementEvent>,
      'listByPerson'
    >,
    SubjectIndexed<Versioned<Improvement>> {}

/** A snapshot with its full event history, as exported. */
export interface SnapshotWithEvents<S, E> {
  readonly snapshot: Versioned<S>;
  readonly events: readonly StoredEvent<E>[];
}

/** Every repository of one tenant. Inside `transaction`, the same shape bound to the transaction. */
export interface Repositories {
  readonly people: VersionedRepository<Person>;
  readonly carePlans: CarePlanRepository;
  readonly assessments: AppendOnlyRepository<Assessment>;
  readonly organisations: DirectoryRepository<Organisation>;
  readonly services: DirectoryRepository<Service>;
  readonly locations: DirectoryRepository<Location>;
  readonly referrals: ReferralRepository;
  readonly programmes: VersionedRepository<Programme>;
  readonly enrolments: EnrolmentRepository<Enrolment>;
  /** Per-session places of scheduled services and programmes (the capacity ledger). */
  readonly sessionPlaces: SessionPlacesRepository;
  readonly tasks: TaskRepository;
  readonly audit: AppendOnlyRepository<AuditEvent>;
  /** Practitioners' own assessments (CS-PAM), listed by practitioner id. */
  readonly practitionerAssessments: SubjectAppendOnlyRepository<PractitionerAssessment>;
  /** Practices' assessments (readiness), listed by practice id. */
  readonly practiceAssessments: SubjectAppendOnlyRepository<PracticeAssessment>;
  /** Practitioners' places on development programmes, listed by practitioner id. */
  readonly practitionerPlaces: PractitionerPlaceRepository;
  /** The practice's improvement log, listed by practice id. */
  readonly improvements: ImprovementRepository;
}

/** Everything stored about one person in one tenant: the answer to a subject-access request. */
export interface PersonExport {
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly person: Versioned<Person> | null;
  readonly carePlans: readonly SnapshotWithEvents<CarePlan, CarePlanEvent>[];
  readonly assessments: readonly Assessment[];
  readonly referrals: readonly SnapshotWithEvents<Referral, ReferralEvent>[];
  readonly enrolments: readonly Versioned<Enrolment>[];
  /** Worklist tasks about the person, with their events. */
  readonly tasks: readonly SnapshotWithEvents<Task, TaskEvent>[];
  /** Audit events about the person (`personId` set), in append order. */
  readonly audit: readonly AuditEvent[];
  /**
   * What this export could not read: one typed problem per stored row that is damaged or in a
   * shape this release cannot read. Everything else is exported; empty when nothing is missing.
   */
  readonly problems: readonly ReadProblem[];
}

/**
 * Everything stored about one practitioner as a subject in one tenant: their own assessments
 * (CS-PAM) and their places on development programmes with events (their development record).
 * Nothing about patients.
 */
export interface PractitionerExport {
  readonly tenantId: TenantId;
  readonly practitionerId: PractitionerId;
  readonly assessments: readonly PractitionerAssessment[];
  readonly places: readonly SnapshotWithEvents<PractitionerPlace, PractitionerPlaceEvent>[];
  /** One typed problem per stored row that could not be read; empty when nothing is missing. */
  readonly problems: readonly ReadProblem[];
}

/** How many records a practitioner erasure removed, and the audit event it left. */
export interface PractitionerErasureReport {
  readonly practitionerId: PractitionerId;
  readonly removed: {
    readonly assessments: number;
    readonly places: number;
    readonly placeEvents: number;
    readonly commandReceipts: number;
  };
  /** The `practitioner.erased` audit event written in the same transaction. */
  readonly audit: AuditEvent;
}

/** Who asked for an erasure, when, and the id of the audit event that will record it. */
export interface ErasureRequest {
  readonly auditId: RecordId;
  readonly at: IsoInstant;
  readonly actor: Actor;
  /** Why (e.g. the request reference); kept in the audit event, so no personal data here. */
  readonly reason?: string;
}

/** How many records of each kind an erasure removed, and the audit event it left. */
export interface ErasureReport {
  readonly personId: PersonId;
  readonly removed: {
    readonly person: number;
    readonly carePlans: number;
    readonly carePlanEvents: number;
    readonly assessments: number;
    readonly referrals: number;
    readonly referralEvents: number;
    readonly enrolments: number;
    /** Worklist tasks about the person, and their events. */
    readonly tasks: number;
    readonly taskEvents: number;
    /** Idempotency receipts of commands on the person's records (they hold copies of them). */
    readonly commandReceipts: number;
  };
  /** The `person.erased` audit event written in the same transaction. */
  readonly audit: AuditEvent;
}

/**
 * One tenant's view of the store. Every call is scoped to `tenantId`; records of other tenants
 * are invisible, and writing a record whose `tenantId` differs throws `InvalidRequestError`.
 */
export interface TenantStore extends Repositories {
  readonly tenantId: TenantId;
  /**
   * Runs `fn` atomically: every write inside commits together or none does. A thrown error
   * (including a `ConflictError`, which is not retried inside) rolls everything back and is
   * rethrown. Do not nest; do not use the outer repositories inside `fn`.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Subject-access export of everything held about one person. */
  exportPerson(personId: PersonId): Promise<PersonExport>;
  /**
   * Erases one person: their person record, care plans and referrals with their events,
   * assessments, enrolments, worklist tasks with their events and command receipts are deleted in one transaction and a `person.erased` audit event is appended.
   * Earlier audit events (ids and actions, no clinical content) are kept.
   */
  erasePerson(personId: PersonId, request: ErasureRequest): Promise<ErasureReport>;
  /**
   * Subject-access export for a practitioner: their own assessments (CS-PAM) and development
   * places with events. A person's export never contains these.
   */
  exportPractitioner(practitionerId: PractitionerId): Promise<PractitionerExport>;
  /**
   * Erases a practitioner's own records (assessments, development places with their events and
   * command receipts) in one transaction and appends a `practitioner.erased` audit event.
   */
  erasePractitioner(
    practitionerId: PractitionerId,
    request: ErasureRequest,
  ): Promise<PractitionerErasureReport>;
}

/**
 * A livewell store: the port every adapter implements. Tenancy is in the handle, so no call can
 * forget it.
 *
 * @example
 * const practice = store.forTenant(tenantId);
 * const { plan } = await practice.carePlans.create(draft, [createdEvent]);
 */
export interface Store {
  forTenant(tenantId: TenantId): TenantStore;
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

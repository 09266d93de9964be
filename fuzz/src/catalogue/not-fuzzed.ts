import type { ModuleName } from './entry.js';

/** Why an exported function is not fuzzed: it takes no data from outside livewell. */
const reasons = {
  resultKit: 'Result/DomainError plumbing over values livewell itself made',
  builder: 'builds a value, error or schema from arguments written in the caller’s code',
  enumMap: 'maps a value of a closed union type; the imports that read raw codes are fuzzed',
  exporter: 'export side: turns an already-parsed livewell record into another format',
  evolve: 'applies an already-parsed event to a snapshot; replay and the upcasts are the boundary',
  view: 'a read-only view over records already parsed by the store',
  docs: 'writes documentation (diagrams, tables) from the package’s own tables; no arguments from outside',
  testTooling: 'test tooling for the caller’s own test suite (arbitraries, law runners, fixtures)',
  adapterKit:
    'adapter-author kit: takes the adapter’s own driver, executor or options, not records',
  database: 'needs a live database connection; covered by the storage-postgres suites',
  fhirBuildingBlock:
    'a building block of the FHIR imports over input they have already parsed; the imports are fuzzed',
  errorClass: 'an error class: constructed by livewell with its own message',
  arithmetic: 'arithmetic on parsed coordinates (GeoPoint numbers); cannot fail on numbers',
  parsedOnly:
    'takes parsed values only: its parameter types are branded (IsoDate, LocalTime, TimeZone) or parsed records',
  numbers: 'arithmetic on numbers (epoch days, minutes, years); total over numbers',
  activationLevel:
    'takes an ActivationLevel (the literal union 1 | 2 | 3 | 4: any other value is a compile error) and the caller’s own preferences',
  storedJson:
    'compares a document the driver read as JSON with its parsed reading (JSON has no getters, proxies or cycles); the decoders that call it are fuzzed',
  orukParsedQuery:
    'serves an ORUK API request from a query or paging that `readServiceQuery` (fuzzed) has already parsed, over the directory the caller built',
  report:
    'a report over records the store has already parsed (assessments, places, improvements, care teams), assembled by the caller; the readers and parsers of those records are fuzzed',
  raiser:
    'raises worklist tasks from records already parsed (a care plan, referral or assessment from the store) and the practice’s own policy; `recordAssessment`, the path that takes an assessment from outside, parses it first and is fuzzed',
} as const;

/** An exported function deliberately left out of the fuzz catalogue, and why. */
export interface NotFuzzed {
  readonly module: ModuleName;
  readonly names: readonly string[];
  readonly reason: (typeof reasons)[keyof typeof reasons];
}

/**
 * Every exported function that takes no outside data. A new export must go either into the
 * catalogue or here (with a reason), or `catalogue-complete.test.ts` fails.
 */
export const notFuzzed: readonly NotFuzzed[] = [
  { module: '@livewell/core', names: ['makeListParser'], reason: reasons.builder },
  { module: '@livewell/core', names: ['sessionPlacesId'], reason: reasons.parsedOnly },
  { module: '@livewell/peer-support', names: ['tableGeocoder'], reason: reasons.builder },
  { module: '@livewell/peer-support', names: ['sessionPlacesId'], reason: reasons.parsedOnly },
  { module: '@livewell/fhir', names: ['planDefinitionUrl'], reason: reasons.builder },
  {
    module: '@livewell/fhir',
    names: [
      'toFhirReferralOutcome',
      'toFhirOutcomeObservation',
      'outcomeCommunicationId',
      'toFhirGoalTarget',
      'toFhirMeasurement',
      'toFhirMeasurements',
      'toFhirMembershipRole',
      'toFhirPlanDefinition',
      'toFhirSubjectAssessment',
    ],
    reason: reasons.exporter,
  },
  { module: '@livewell/activation', names: ['tailorSupport'], reason: reasons.activationLevel },
  { module: '@livewell/storage/driver', names: ['hasUnknownFields'], reason: reasons.storedJson },
  { module: '@livewell/worklist', names: ['taskDiagram', 'taskTable'], reason: reasons.docs },
  { module: '@livewell/worklist', names: ['fromOpened'], reason: reasons.evolve },
  {
    module: '@livewell/worklist',
    names: [
      'escalatedTasks',
      'escalationOf',
      'isInOwner',
      'isOverdue',
      'isUnfinished',
      'overdueTasks',
      'ownerKey',
    ],
    reason: reasons.view,
  },
  {
    module: '@livewell/worklist',
    names: [
      'actionPlanRevisionTasks',
      'openTask',
      'referralNotContactedTask',
      'reviewDueTask',
      'tasksFromAssessment',
    ],
    reason: reasons.raiser,
  },
  { module: '@livewell/worklist', names: ['taskIdFor'], reason: reasons.builder },
  { module: '@livewell/core', names: ['subjectKey', 'subjectOf'], reason: reasons.view },
  {
    module: '@livewell/care-plan',
    names: ['measurementsOf', 'suggestedAchievement'],
    reason: reasons.view,
  },
  {
    module: '@livewell/care-plan',
    names: ['templateGoalCommands', 'templatePolicy'],
    reason: reasons.builder,
  },
  { module: '@livewell/activation', names: ['suggestSmallerStep'], reason: reasons.parsedOnly },
  {
    module: '@livewell/activation',
    names: ['meanInterval', 'proportionInterval'],
    reason: reasons.numbers,
  },
  {
    module: '@livewell/peer-support',
    names: [
      'placesFree',
      'placesTaken',
      'sessionKey',
      'referral.measureChange',
      'referral.referralCohortFigures',
      'programme.developmentRecord',
    ],
    reason: reasons.view,
  },
  {
    module: '@livewell/peer-support/oruk',
    names: ['apiInfo', 'orukApiDirectory'],
    reason: reasons.builder,
  },
  { module: '@livewell/practice', names: ['fromProposed'], reason: reasons.evolve },
  {
    module: '@livewell/peer-support/oruk',
    names: ['listServices', 'listTaxonomies', 'listTaxonomyTerms'],
    reason: reasons.orukParsedQuery,
  },
  { module: '@livewell/activation', names: ['practiceReport'], reason: reasons.report },
  { module: '@livewell/care-plan', names: ['templateReviewDate'], reason: reasons.builder },
  {
    module: '@livewell/practice',
    names: ['improvementDiagram', 'improvementTable'],
    reason: reasons.docs,
  },
  {
    module: '@livewell/fhir',
    names: ['flagObservationId', 'toFhirFlagObservation', 'toFhirTask'],
    reason: reasons.exporter,
  },
  {
    module: '@livewell/fhir',
    names: ['toFhirTaskPriority', 'toFhirWorklistTaskStatus'],
    reason: reasons.enumMap,
  },
  {
    module: '@livewell/core',
    names: ['ok', 'err', 'isOk', 'isErr', 'mapResult', 'andThen', 'unwrapOr'],
    reason: reasons.resultKit,
  },
  {
    module: '@livewell/core',
    names: ['domainError', 'makeParser', 'schemaVersion', 'sequentialIds'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/core',
    names: ['compileReader'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/core',
    names: ['isLowConfidence', 'isTerminalCarePlanState', 'isTerminalReferralStatus'],
    reason: reasons.enumMap,
  },
  { module: '@livewell/core', names: ['sameCoding'], reason: reasons.view },
  {
    module: '@livewell/core',
    names: ['toProblemDetails', 'problemTypeOf', 'isLivewellErrorCode'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/core/testing',
    names: ['programmeSessionsArb', 'completionRuleArb', 'textArb'],
    reason: reasons.testTooling,
  },
  {
    module: '@livewell/care-plan',
    names: ['applyEvent', 'applyEvents', 'isStartEvent', 'planFromStartEvent'],
    reason: reasons.evolve,
  },
  {
    module: '@livewell/care-plan',
    names: ['lifecycleDiagramMarkdown', 'transitionTableMarkdown', 'toMermaid'],
    reason: reasons.docs,
  },
  { module: '@livewell/care-plan', names: ['rejection'], reason: reasons.builder },
  {
    module: '@livewell/activation',
    names: ['latestLevelledPerPerson', 'flagsOf', 'urgentFlags'],
    reason: reasons.view,
  },
  {
    module: '@livewell/activation/laws',
    names: [
      'instrumentLaws',
      'optionValues',
      'completeResponsesArb',
      'partialResponsesArb',
      'fewestAnswered',
      'checkInstrumentLaws',
      'assertInstrumentLaws',
      'InstrumentLawViolation',
    ],
    reason: reasons.testTooling,
  },
  {
    module: '@livewell/peer-support',
    names: ['exampleDirectory'],
    reason: reasons.exporter,
  },
  { module: '@livewell/peer-support', names: ['distanceKm'], reason: reasons.arithmetic },
  {
    module: '@livewell/storage',
    names: ['defineKind'],
    reason: reasons.adapterKit,
  },
  {
    module: '@livewell/storage',
    names: [
      'StorageError',
      'ConflictError',
      'NotFoundError',
      'DuplicateError',
      'CorruptRecordError',
      'StorageUnavailableError',
      'InvalidRequestError',
    ],
    reason: reasons.errorClass,
  },
  {
    module: '@livewell/storage-testkit',
    names: [
      'describeAdapterConformance',
      'defineAdapterConformance',
      'FaultSwitch',
      'sampleOne',
      'megabyteText',
      'memoryRawReader',
    ],
    reason: reasons.testTooling,
  },
  {
    module: '@livewell/storage-postgres',
    names: [
      'postgresDriver',
      'createPostgresStore',
      'openPostgresStore',
      'pgExecutor',
      'pgliteExecutor',
      'readLiveSchema',
      'migrate',
      'checkSchema',
      'compareSchemas',
    ],
    reason: reasons.database,
  },
  {
    // Its query reader (`readCriteria`) is property-tested over any value in its own suite.
    module: '@livewell/storage-postgres',
    names: ['searchStoredServices'],
    reason: reasons.database,
  },
  {
    module: '@livewell/storage-postgres',
    names: ['migrationChecksum'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/storage-postgres',
    names: ['InvalidSchemaNameError', 'MigrationError'],
    reason: reasons.errorClass,
  },
  {
    module: '@livewell/fhir',
    names: [
      'toFhirAssessment',
      'toFhirQuestionnaire',
      'toFhirTransactionBundle',
      'memberParticipant',
      'carerParticipant',
      'careTeamResource',
      'toFhirCareTeam',
      'toFhirConfidence',
      'planCareTeamId',
      'toFhirCarePlan',
      'toFhirGoal',
      'activityStatus',
      'isRepresentable',
      'describeSchedule',
      'scheduleAvailability',
      'toFhirOrganization',
      'toFhirLocation',
      'toFhirHealthcareService',
      'toFhirPatient',
      'toFhirReferral',
      'actorReference',
    ],
    reason: reasons.exporter,
  },
  {
    module: '@livewell/fhir',
    names: ['referralIntent'],
    reason: reasons.enumMap,
  },
  {
    module: '@livewell/fhir',
    names: [
      'questionnaireUrl',
      'scoreSystem',
      'responseScaleSystem',
      'bandSystem',
      'fhirId',
      'livewellIdentifier',
      'referenceTo',
      'importIssue',
      'importError',
      'identifierSystem',
      'codeSystem',
      'extensionUrl',
    ],
    reason: reasons.builder,
  },
  {
    module: '@livewell/core',
    names: [
      'addCalendarMonths',
      'epochDay',
      'minutesOf',
      'wallClockToMs',
      'wholeCalendarMonthsBetween',
    ],
    reason: reasons.parsedOnly,
  },
  { module: '@livewell/core', names: ['isScoredAssessment'], reason: reasons.parsedOnly },
  {
    module: '@livewell/core',
    names: ['daysInMonth', 'isoOfDay', 'timeOfMinutes', 'weekdayOfDay', 'ymdOfDay'],
    reason: reasons.numbers,
  },
  {
    module: '@livewell/core',
    names: [
      'createZoneClock',
      'defineLifecycle',
      'enteredText',
      'makeUpcaster',
      'rejectionOf',
      'resolveWallClock',
      'targetOneOf',
      'unreadableInput',
    ],
    reason: reasons.builder,
  },
  { module: '@livewell/core', names: ['toMarkdownTable', 'toMermaid'], reason: reasons.docs },
  { module: '@livewell/core/testing', names: ['mutatedArb'], reason: reasons.testTooling },
  {
    module: '@livewell/core/testing',
    names: ['mutateAt', 'mutatedJsonArb', 'valueMutationArb', 'valuePaths'],
    reason: reasons.testTooling,
  },
  { module: '@livewell/care-plan', names: ['isTrustedSystem'], reason: reasons.parsedOnly },
  { module: '@livewell/care-plan', names: ['letterFormatFor'], reason: reasons.parsedOnly },
  {
    module: '@livewell/activation',
    names: ['compileChecked', 'invalidDefinition'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/activation/laws',
    names: ['MissingFastCheckError'],
    reason: reasons.errorClass,
  },
  {
    module: '@livewell/peer-support',
    names: [
      'programme.attendedSessionIds',
      'programme.completionProgress',
      'programme.meetsCompletionRule',
      'programme.mergeEnrolments',
      'programme.holdingPlaces',
      'programme.isActiveEnrolment',
      'programme.lastSessionStart',
      'programme.placesLeft',
      'programme.programmeEnd',
      'programme.waitingList',
      'programme.waitingListPosition',
    ],
    reason: reasons.view,
  },
  { module: '@livewell/peer-support', names: ['referral.fromCreated'], reason: reasons.evolve },
  {
    module: '@livewell/peer-support',
    names: [
      'programme.toMarkdownTable',
      'programme.toMermaid',
      'referral.toMarkdownTable',
      'referral.toMermaid',
    ],
    reason: reasons.docs,
  },
  { module: '@livewell/peer-support', names: ['createZoneClock'], reason: reasons.builder },
  { module: '@livewell/peer-support/oruk', names: ['toHsdsService'], reason: reasons.exporter },
  { module: '@livewell/storage', names: ['NewerRecordError'], reason: reasons.errorClass },
  {
    module: '@livewell/storage/driver',
    names: [
      'written',
      'createStore',
      'withFaultInjection',
      'updateWithRetry',
      'MemoryDriver',
      'withReaders',
      'decodeEach',
      'readForward',
      'readProblem',
      'retryDelay',
    ],
    reason: reasons.adapterKit,
  },
  {
    module: '@livewell/storage/driver',
    names: ['encodeCursor', 'encodeChangeCursor'],
    reason: reasons.builder,
  },
  {
    module: '@livewell/fhir',
    names: [
      'toFhirCarePlanStatus',
      'toFhirGoalAchievement',
      'toFhirGoalLifecycleStatus',
      'toFhirServiceRequestStatus',
      'toFhirTaskStatus',
      'fromFhirTaskStatus',
    ],
    reason: reasons.enumMap,
  },
  {
    module: '@livewell/fhir',
    names: ['canonicalVersion', 'questionnaireCanonical'],
    reason: reasons.builder,
  },
  { module: '@livewell/fhir', names: ['declineReason', 'whoDeclined'], reason: reasons.exporter },
  // Issue 13 (fhir helper): the self-contained Bundle, practitioners and UK Core profiles.
  {
    module: '@livewell/fhir',
    names: [
      'toFhirPractitioner',
      'toFhirPractitionerRole',
      'referencedResources',
      'referencesIn',
      'danglingReferences',
    ],
    reason: reasons.exporter,
  },
  {
    module: '@livewell/fhir',
    names: ['practitionerRoleId', 'referencedOnlyMeta', 'ukCoreMeta', 'hasUkCoreProfile'],
    reason: reasons.builder,
  },
  { module: '@livewell/fhir', names: ['isReferencedOnly'], reason: reasons.fhirBuildingBlock },
];

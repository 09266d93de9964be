/**
 * One HTTP status and a short, stable title for every error code livewell returns or throws.
 * This table is the documented mapping (docs/http.md); {@link toProblemDetails} reads it.
 *
 * How the statuses are chosen:
 * - 400: the request is not the shape asked for (parse errors, bad queries, cursors, schedules);
 * - 403: the records say this actor may not do this (authorisation is never taken on claim);
 * - 404: the record is not in this tenant;
 * - 409: the request is well formed but the record's current state refuses it (retrying the
 *   same request unchanged will not help, except `conflict`, which `update` already retried);
 * - 422: well formed, but a rule of the domain refuses it (something missing, out of range);
 * - 500: the deployment or the stored data is wrong (not the caller's fault);
 * - 502 / 503: a service livewell depends on failed or is unavailable (503 may be retried).
 */
export const problemTypes = {
  // @livewell/core: parsing at the boundary and upcasting
  'invalid-input': { status: 400, title: 'The input is not valid' },
  'unsupported-schema-version': { status: 422, title: 'Unsupported schema version' },

  // the lifecycle kit (care plans, referrals, programmes, tasks)
  'invalid-command': { status: 400, title: 'The command is not valid' },
  'invalid-context': { status: 400, title: 'The command context is not valid' },
  'not-authorised': { status: 403, title: 'Not authorised' },
  'invalid-transition': { status: 409, title: 'Not allowed in the current state' },
  'terminal-state': { status: 409, title: 'The record is closed' },
  'invalid-history': { status: 422, title: 'The events do not form a valid history' },

  // @livewell/care-plan rules
  'reason-required': { status: 422, title: 'A reason is required' },
  'missing-what-matters': { status: 422, title: 'What matters to the person is missing' },
  'missing-person-goal': { status: 422, title: 'The person has no goal of their own' },
  'missing-action-plan': { status: 422, title: 'An action plan is missing' },
  'incomplete-action-plan': { status: 422, title: 'An action plan is incomplete' },
  'low-confidence-needs-reason': {
    status: 422,
    title: 'Low confidence needs a revised plan or a reason',
  },
  'results-lead-time': { status: 422, title: 'Results were sent too late' },
  'review-date-not-after-now': { status: 422, title: 'The review date is not in the future' },
  'review-not-due': { status: 409, title: 'The review is not due yet' },
  'unknown-goal': { status: 422, title: 'Unknown goal' },
  'unknown-action-plan': { status: 422, title: 'Unknown action plan' },
  'goal-not-measured': { status: 422, title: 'The goal has no measure' },
  'unknown-agenda-question': { status: 422, title: 'Unknown agenda question' },
  'unknown-agenda-topic': { status: 422, title: 'Unknown agenda topic' },
  'agenda-topic-unmarked': { status: 422, title: 'An agenda topic is not yet marked' },

  // @livewell/activation: scoring, licensed results, comparison, cohorts, item text, laws
  'invalid-definition': { status: 422, title: 'The instrument definition is not usable' },
  'wrong-instrument': { status: 422, title: 'Responses or result for another instrument' },
  'malformed-responses': { status: 400, title: 'The responses cannot be read' },
  'unknown-item': { status: 422, title: 'Unknown item' },
  'duplicate-item': { status: 422, title: 'An item is answered twice' },
  'not-an-integer': { status: 422, title: 'An answer is not a whole number' },
  'out-of-range': { status: 422, title: 'An answer is not one of the options' },
  'too-many-missing': { status: 422, title: 'Too many answers are missing to score' },
  'wrong-result-kind': { status: 422, title: 'The result is of the wrong kind' },
  'score-out-of-range': { status: 422, title: 'The score is out of range' },
  'scorer-unavailable': { status: 503, title: 'The licensed scorer is unavailable' },
  'scorer-rejected': { status: 422, title: 'The licensed scorer refused the responses' },
  'licence-invalid': { status: 502, title: 'The scoring licence is not valid' },
  'scorer-error': { status: 502, title: 'The licensed scorer failed' },
  'not-scored': { status: 422, title: 'An assessment was not scored' },
  'different-instrument': { status: 422, title: 'Assessments of different instruments' },
  'different-person': { status: 422, title: 'Assessments of different people' },
  'not-in-order': { status: 422, title: 'The follow-up is not after the baseline' },
  'mixed-tenants': { status: 422, title: 'Records from more than one organisation' },
  'invalid-service-use': { status: 422, title: 'Service use is not valid' },
  'duplicate-service-use': { status: 422, title: 'A person appears twice in service use' },
  'item-text-not-allowed': { status: 403, title: 'The licence does not allow item text' },
  'instrument-law-violated': { status: 500, title: 'An instrument breaks a scoring law' },
  'instrument-law-broken': { status: 500, title: 'An instrument breaks a scoring law' },
  'fast-check-missing': { status: 500, title: 'fast-check is not installed' },
  'wrong-subject': { status: 422, title: 'The instrument assesses another kind of subject' },
  'invalid-item-text': { status: 400, title: 'The item texts are not valid' },

  // @livewell/peer-support: referrals, programmes, schedules, search, matching, ORUK
  'reason-too-long': { status: 422, title: 'The reason is too long' },
  'time-before-last-change': { status: 409, title: 'The time is before the last change' },
  'invalid-referrer': { status: 403, title: 'Not a valid referrer' },
  'records-mismatch': { status: 422, title: 'The records are for another service or person' },
  'already-enrolled': { status: 409, title: 'Already enrolled' },
  'waiting-list-full': { status: 409, title: 'The waiting list is full' },
  'programme-ended': { status: 409, title: 'The programme has ended' },
  'programme-not-finished': { status: 409, title: 'The programme has not finished' },
  'completion-rule-not-met': { status: 422, title: 'The completion rule is not met' },
  'completion-rule-met': { status: 422, title: 'The completion rule is met' },
  'no-place-free': { status: 409, title: 'No place is free' },
  'wrong-programme': { status: 422, title: 'The enrolment is for another programme' },
  'unknown-enrolment': { status: 422, title: 'Unknown enrolment' },
  'unknown-session': { status: 422, title: 'Unknown session' },
  'session-not-started': { status: 409, title: 'The session has not started' },
  'attendance-already-recorded': { status: 409, title: 'Attendance is already recorded' },
  'invalid-schedule': { status: 400, title: 'The schedule is not valid' },
  'unknown-time-zone': { status: 422, title: 'Unknown time zone' },
  'invalid-instant': { status: 400, title: 'The instant is not an ISO-8601 instant' },
  'invalid-limit': { status: 400, title: 'The limit is not valid' },
  'invalid-bank-holidays': { status: 400, title: 'The bank holidays are not valid' },
  'invalid-query': { status: 400, title: 'The search query is not valid' },
  'invalid-cursor': { status: 400, title: 'The cursor is not valid' },
  'no-needs': { status: 422, title: 'No need found in the goals' },
  'invalid-hsds': { status: 400, title: 'The payload is not valid HSDS' },
  'invalid-vocabulary': { status: 400, title: 'The need vocabulary is not valid' },
  'invalid-feed-page': { status: 400, title: 'The change-feed page is not valid' },
  'unknown-postcode': { status: 422, title: 'The postcode has no known map point' },
  'geocoder-unavailable': { status: 503, title: 'The geocoder is unavailable' },
  'session-full': { status: 409, title: 'The session is full' },
  'already-booked': { status: 409, title: 'Already booked on this session' },
  'unknown-booking': { status: 422, title: 'Unknown booking' },
  'invalid-places': { status: 400, title: 'The number of places is not valid' },
  'no-capacity': { status: 422, title: 'The service has no capacity set' },
  'invalid-capacity-event': { status: 400, title: 'The capacity event cannot be read' },
  'no-outcome': { status: 422, title: 'The referral has no outcome to summarise' },
  'unsupported-filter': { status: 400, title: 'The filter is not supported' },
  'oruk-fetch-failed': { status: 502, title: 'The ORUK API could not be reached' },
  'oruk-bad-response': { status: 502, title: 'The ORUK API answered with something unreadable' },
  'oruk-store-failed': { status: 503, title: 'The synced services could not be stored' },

  // @livewell/practice
  'already-co-designer': { status: 409, title: 'Already a co-designer' },

  // @livewell/worklist
  'same-owner': { status: 409, title: 'The task already has this owner' },

  // @livewell/fhir
  'fhir-import-failed': { status: 422, title: 'The FHIR resource cannot be imported' },
  'mixed-persons': { status: 422, title: 'Records of more than one person' },

  // @livewell/storage (thrown StorageError subclasses)
  conflict: { status: 409, title: 'The record changed meanwhile' },
  'not-found': { status: 404, title: 'Not found' },
  duplicate: { status: 409, title: 'The record already exists' },
  'corrupt-record': { status: 500, title: 'A stored record cannot be read' },
  'newer-record': { status: 500, title: 'The record was written by a newer release' },
  'storage-unavailable': { status: 503, title: 'Storage is unavailable' },
  'invalid-request': { status: 400, title: 'The storage request is not valid' },

  // @livewell/storage-postgres
  'migration-checksum-mismatch': { status: 500, title: 'A recorded migration differs' },
  'migration-unknown-version': { status: 500, title: 'The database has an unknown migration' },
  'migration-permission-denied': {
    status: 500,
    title: 'The database role may not apply the pending migration',
  },
  'invalid-schema-name': { status: 500, title: 'The schema name is not valid' },
} as const satisfies Readonly<Record<string, ProblemType>>;

/** The HTTP status and title of one error code. */
export interface ProblemType {
  /** The HTTP status an HTTP API answers with. */
  readonly status: 400 | 403 | 404 | 409 | 422 | 500 | 502 | 503;
  /** A short summary that does not change from occurrence to occurrence. */
  readonly title: string;
}

/** Every error code livewell returns or throws (the keys of {@link problemTypes}). */
export type LivewellErrorCode = keyof typeof problemTypes;

/** Every error code livewell returns or throws, as a list (for tests and documentation). */
export const livewellErrorCodes = Object.keys(problemTypes) as readonly LivewellErrorCode[];

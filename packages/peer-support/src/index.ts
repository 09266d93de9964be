/**
 * @livewell/peer-support — a directory of peer-support groups and community services aligned
 * to Open Referral UK: schedules, search, matching, referrals and programmes. The ORUK/HSDS
 * mapping is on its own entry, `@livewell/peer-support/oruk`.
 *
 * @packageDocumentation
 */

export type {
  Booking,
  BookingSource,
  SessionPlaces,
  SessionRef,
  SessionTally,
  ZoneClock,
} from '@livewell/core';
export { createZoneClock, sessionPlacesId } from '@livewell/core';
export type {
  CapacityError,
  CapacityEvent,
  CapacityLedger,
  SessionEvent,
} from './capacity/ledger.js';
export {
  applyCapacityEvent,
  applyToSession,
  openSession,
  openSessionPlaces,
  placesFree,
  placesTaken,
  sessionKey,
} from './capacity/ledger.js';
export type { ExampleDirectory } from './directory/example-directory.js';
export { exampleDirectory } from './directory/example-directory.js';
export { goalKeywords, SUPPORT_NEED_SYSTEM, supportNeeds } from './directory/needs.js';
export type { Verifiable } from './freshness/stale.js';
export { DEFAULT_MAX_AGE_DAYS, daysSinceVerified, isStale } from './freshness/stale.js';
export type { EligibilityVerdict, PersonPlace } from './matching/eligibility.js';
export { ageOn, checkEligibility, postcodeInPrefix } from './matching/eligibility.js';
export type { GeocodeError, Geocoder, LocatedPlace } from './matching/geocoder.js';
export { locatePlace, normalisePostcode, tableGeocoder } from './matching/geocoder.js';
export type { GoalVocabulary } from './matching/goals.js';
export { needsForGoal } from './matching/goals.js';
export type { GoalToMatch, NeedMatch } from './matching/match-needs.js';
export { matchNeeds } from './matching/match-needs.js';
export type { NeedEntry, NeedVocabulary } from './matching/need-vocabulary.js';
export { defaultNeedVocabulary, socialPrescribingNeeds } from './matching/need-vocabulary.js';
export { type NeedVocabularyError, parseNeedVocabulary } from './matching/parse-need-vocabulary.js';
export type {
  MatchError,
  NearbySuggestions,
  NeedOrGoal,
  Suggestion,
  SuggestNearOptions,
  SuggestOptions,
} from './matching/suggest.js';
export { suggestServices, suggestServicesNear } from './matching/suggest.js';
export * as programme from './programme/index.js';
export * as referral from './referral/index.js';
export { englandAndWalesBankHolidays } from './schedule/bank-holidays.js';
export type { SessionLimit } from './schedule/next-sessions.js';
export { DEFAULT_LOOKAHEAD_DAYS, isOpenAt, nextSessions } from './schedule/next-sessions.js';
export { MAX_SPAN_DAYS } from './schedule/read-input.js';
export type { ScheduleError, ScheduleErrorCode } from './schedule/schedule-error.js';
export type { ScheduleOptions, Session } from './schedule/session.js';
export type { SearchError } from './search/context.js';
export { describeDistance, describeStart } from './search/describe.js';
export type {
  DirectoryFeedPage,
  DirectoryKind,
  FeedPageApplied,
  FeedPageError,
} from './search/feed.js';
export { applyFeedPage } from './search/feed.js';
export { distanceKm } from './search/geo.js';
export type { SearchHit, SearchPage, SearchReason } from './search/hit.js';
export { SCORE_WEIGHTS } from './search/hit.js';
export type { DirectoryRecords } from './search/linear.js';
export { linearSearch } from './search/linear.js';
export {
  parseSearchOptions,
  parseSearchQuery,
  SearchOptionsSchema,
  SearchQuerySchema,
} from './search/parse-query.js';
export type {
  PlacesFreeAnswer,
  PlacesFreeError,
  PlacesFreeQuery,
  SessionWithPlaces,
} from './search/places-free.js';
export { sessionsWithPlacesFree } from './search/places-free.js';
export type { SearchOptions, SearchQuery } from './search/query.js';
export { DEFAULT_STATUSES, NEXT_SESSION_HORIZON_DAYS } from './search/query.js';
export type { DirectoryChange, SearchIndex } from './search/search-index.js';
export { createSearchIndex } from './search/search-index.js';

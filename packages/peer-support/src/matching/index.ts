export type { EligibilityVerdict, PersonPlace } from './eligibility.js';
export { ageOn, checkEligibility, postcodeInPrefix } from './eligibility.js';
export type { GeocodeError, Geocoder, LocatedPlace } from './geocoder.js';
export { locatePlace, normalisePostcode, tableGeocoder } from './geocoder.js';
export type { GoalVocabulary } from './goals.js';
export { needsForGoal } from './goals.js';
export type { GoalToMatch, NeedMatch } from './match-needs.js';
export { matchNeeds } from './match-needs.js';
export type { NeedEntry, NeedVocabulary } from './need-vocabulary.js';
export { defaultNeedVocabulary, socialPrescribingNeeds } from './need-vocabulary.js';
export { parseNeedVocabulary } from './parse-need-vocabulary.js';
export type {
  MatchError,
  NearbySuggestions,
  NeedOrGoal,
  Suggestion,
  SuggestNearOptions,
  SuggestOptions,
} from './suggest.js';
export { suggestServices, suggestServicesNear } from './suggest.js';

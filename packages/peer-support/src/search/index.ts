export type { SearchError } from './context.js';
export { describeDistance, describeStart } from './describe.js';
export type {
  DirectoryFeedPage,
  DirectoryKind,
  FeedPageApplied,
  FeedPageError,
} from './feed.js';
export { applyFeedPage } from './feed.js';
export { distanceKm } from './geo.js';
export type { SearchHit, SearchPage, SearchReason } from './hit.js';
export { SCORE_WEIGHTS } from './hit.js';
export { type DirectoryRecords, linearSearch } from './linear.js';
export {
  parseSearchOptions,
  parseSearchQuery,
  SearchOptionsSchema,
  SearchQuerySchema,
} from './parse-query.js';
export type { SearchOptions, SearchQuery } from './query.js';
export { DEFAULT_STATUSES, NEXT_SESSION_HORIZON_DAYS } from './query.js';
export type { DirectoryChange, SearchIndex } from './search-index.js';
export { createSearchIndex } from './search-index.js';

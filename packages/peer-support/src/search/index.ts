export type { SearchError } from './context.js';
export * from './describe.js';
export { distanceKm } from './geo.js';
export * from './hit.js';
export { type DirectoryRecords, linearSearch } from './linear.js';
export {
  parseSearchOptions,
  parseSearchQuery,
  SearchOptionsSchema,
  SearchQuerySchema,
} from './parse-query.js';
export * from './query.js';
export * from './search-index.js';

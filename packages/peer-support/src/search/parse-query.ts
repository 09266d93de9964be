import {
  AccessibilityFeatureSchema,
  CodingSchema,
  DeliveryModeSchema,
  GeoPointSchema,
  IsoDateSchema,
  IsoInstantSchema,
  LanguageTagSchema,
  makeParser,
  type Parser,
  ServiceStatusSchema,
  TenantIdSchema,
} from '@livewell/core';
import * as z from 'zod';
import type { SearchOptions, SearchQuery } from './query.js';

/** A {@link SearchQuery} as data from outside (an HTTP query, a message); unknown keys refused. */
export const SearchQuerySchema = z.strictObject({
  tenantId: TenantIdSchema,
  terms: z.array(CodingSchema).max(50).exactOptional(),
  termsMatch: z.enum(['any', 'all']).exactOptional(),
  text: z.string().max(500).exactOptional(),
  near: z
    .strictObject({
      point: GeoPointSchema,
      radiusKm: z.number().min(0).max(20_000),
      includeRemote: z.boolean().exactOptional(),
    })
    .exactOptional(),
  sessionBetween: z
    .strictObject({ from: IsoInstantSchema, until: IsoInstantSchema })
    .refine((w) => Date.parse(w.until) > Date.parse(w.from), {
      message: 'until must be after from',
      path: ['until'],
    })
    .exactOptional(),
  openNow: z.boolean().exactOptional(),
  placesAvailable: z.boolean().exactOptional(),
  freeOnly: z.boolean().exactOptional(),
  deliveryModes: z.array(DeliveryModeSchema).max(3).exactOptional(),
  accessibility: z.array(AccessibilityFeatureSchema).max(20).exactOptional(),
  languages: z.array(LanguageTagSchema).max(30).exactOptional(),
  statuses: z.array(ServiceStatusSchema).max(4).exactOptional(),
});

/** {@link SearchOptions} as data from outside; `bankHolidays` as a list of dates. */
export const SearchOptionsSchema = z.strictObject({
  now: IsoInstantSchema,
  limit: z.int().min(1).max(200).exactOptional(),
  cursor: z.string().max(1000).exactOptional(),
  maxAgeDays: z.number().min(0).max(36_500).exactOptional(),
  bankHolidays: z.array(IsoDateSchema).max(1000).exactOptional(),
});

/**
 * Parses a search query from outside: the tenant is required, every criterion checked, unknown
 * keys refused. Never throws; a refusal is a `ParseError` (`invalid-input`) with paths.
 *
 * @example
 * const q = parseSearchQuery(JSON.parse(body));
 * if (q.ok) index.search(q.value, { now });
 */
export const parseSearchQuery: Parser<SearchQuery> = makeParser('SearchQuery', SearchQuerySchema);

/** Parses search options from outside (`now`, `limit`, `cursor`…). Never throws. */
export const parseSearchOptions: Parser<SearchOptions> = makeParser(
  'SearchOptions',
  SearchOptionsSchema,
);

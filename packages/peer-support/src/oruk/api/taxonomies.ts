import { domainError, err, ok, type Result } from '@livewell/core';
import { stableUuid } from '../uuid.js';
import type { OrukApiDirectory } from './directory.js';
import { type OrukPage, pageOf } from './page.js';
import type { OrukApiError } from './query.js';

/** An ORUK taxonomy (a code system used by the directory's service attributes). */
export interface OrukTaxonomy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly uri?: string;
}

/** An ORUK taxonomy term. */
export interface OrukTaxonomyTerm {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly taxonomy?: string;
  readonly taxonomy_id?: string;
  readonly term?: string;
}

function termsOf(dir: OrukApiDirectory): OrukTaxonomyTerm[] {
  const terms = new Map<string, OrukTaxonomyTerm>();
  for (const e of dir.entries)
    for (const a of e.oruk.attributes ?? []) {
      const t = a.taxonomy_term;
      if (!t || terms.has(t.id)) continue;
      terms.set(t.id, {
        id: t.id,
        name: t.name,
        description: t.description,
        ...(t.taxonomy ? { taxonomy: t.taxonomy, taxonomy_id: stableUuid(t.taxonomy) } : {}),
        ...(t.term ? { term: t.term } : {}),
      });
    }
  return [...terms.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** `GET /taxonomies`: the code systems the directory's attributes use, a page at a time. */
export function listTaxonomies(
  dir: OrukApiDirectory,
  paging: { readonly page: number; readonly perPage: number },
): OrukPage<OrukTaxonomy> {
  const systems = [
    ...new Set(termsOf(dir).flatMap((t) => (t.taxonomy ? [t.taxonomy] : []))),
  ].sort();
  const list = systems.map((system) => ({
    id: stableUuid(system),
    name: system,
    description: `Terms from ${system}`,
    ...(/^https?:\/\//.test(system) ? { uri: system } : {}),
  }));
  return pageOf(list, paging.page, paging.perPage);
}

/** `GET /taxonomy_terms`: the terms, optionally of one taxonomy (`taxonomyId`), paged. */
export function listTaxonomyTerms(
  dir: OrukApiDirectory,
  paging: { readonly page: number; readonly perPage: number; readonly taxonomyId?: string },
): OrukPage<OrukTaxonomyTerm> {
  const terms = termsOf(dir).filter(
    (t) => !paging.taxonomyId || t.taxonomy_id === paging.taxonomyId,
  );
  return pageOf(terms, paging.page, paging.perPage);
}

/** `GET /taxonomy_terms/{id}`, or `not-found`. */
export function getTaxonomyTerm(
  dir: OrukApiDirectory,
  id: string,
): Result<OrukTaxonomyTerm, OrukApiError> {
  const t = termsOf(dir).find((x) => x.id === id);
  return t ? ok(t) : err(domainError('not-found', `no taxonomy term ${id}`));
}

/** `GET /`: what this API is (ORUK API v3 over HSDS 3.0). */
export function apiInfo(openapiUrl: string): {
  version: string;
  profile: string;
  openapi_url: string;
} {
  return {
    version: '3.0',
    profile: 'https://openreferral.org.uk',
    openapi_url: openapiUrl,
  };
}

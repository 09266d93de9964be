import type { Coding } from '@livewell/core';
import type { HsdsAttribute, HsdsTaxonomyTerm } from './hsds-types.js';
import { stableUuid } from './uuid.js';

/** The `link_type`s livewell writes on service attributes. */
export const LINK_TYPES = {
  need: 'need',
  condition: 'condition',
  eligibilityCondition: 'eligibility_condition',
  supportKind: 'support_kind',
  supportFormality: 'support_formality',
  deliveryMode: 'delivery_mode',
  referralRoute: 'referral_route',
  accessibility: 'accessibility',
} as const;

/** The taxonomy (URI) livewell uses for its own enumerations, by link type. */
export const livewellTaxonomy = (linkType: string): string =>
  `https://livewell.dev/hsds/taxonomy/${linkType}`;

/** A coding as an HSDS taxonomy term: `taxonomy` holds the code system, `description` the display. */
export function termOf(c: Coding): HsdsTaxonomyTerm {
  return {
    id: stableUuid(`${c.system}|${c.code}`),
    code: c.code,
    name: c.display ?? c.code,
    description: c.display ?? '',
    taxonomy: c.system,
  };
}

/** An HSDS taxonomy term back as a coding (an empty description means no display). */
export function codingOf(t: HsdsTaxonomyTerm): Coding | undefined {
  if (typeof t.taxonomy !== 'string' || typeof t.code !== 'string') return undefined;
  return {
    system: t.taxonomy,
    code: t.code,
    ...(typeof t.description === 'string' && t.description !== ''
      ? { display: t.description }
      : {}),
  };
}

/** Attributes linking the service to terms under one link type. */
export function attributesOf(
  serviceId: string,
  linkType: string,
  codings: readonly Coding[],
): HsdsAttribute[] {
  return codings.map((c, i) => {
    const term = termOf(c);
    return {
      id: stableUuid(`${serviceId}|${linkType}|${i}`),
      link_id: serviceId,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
}

/** Enumeration values (delivery modes, routes…) as codings in livewell's taxonomy. */
export const enumCodings = (linkType: string, values: readonly string[]): Coding[] =>
  values.map((code) => ({ system: livewellTaxonomy(linkType), code, display: code }));

import {
  type Coding,
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  ok,
  type Person,
  type Result,
  type Service,
} from '@livewell/core';
import type { Session } from '../schedule/session.js';
import { describeDistance, describeStart } from '../search/describe.js';
import { termKey } from '../search/entry.js';
import { SCORE_WEIGHTS, type SearchHit } from '../search/hit.js';
import type { SearchIndex } from '../search/search-index.js';
import { checkEligibility, type PersonPlace } from './eligibility.js';
import { type GeocodeError, type Geocoder, type LocatedPlace, locatePlace } from './geocoder.js';
import type { GoalVocabulary } from './goals.js';
import { type GoalToMatch, matchNeeds } from './match-needs.js';
import { readSuggestInput, type SuggestInput } from './suggest-input.js';

/**
 * A need as a taxonomy term, or a goal in the person's words ("lose weight"), optionally with
 * its domain (`{ description, domain }`, as a care-plan goal has).
 */
export type NeedOrGoal = Coding | GoalToMatch | string;

/** One suggested service and why, in words. */
export interface Suggestion {
  readonly service: Service;
  readonly score: number;
  /** One line: "Woodhouse Moor walking group — physical activity for 'lose weight', 1.2 km, next session Tuesday 10:00". */
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly distanceKm?: number;
  /**
   * `known`: `distanceKm` is set; `unknown`: the service is in person but the person has no
   * map point (or the service's place is not mapped), so how far it is cannot be said — it is
   * never ranked as if near; `not-needed`: online or phone, no travel.
   */
  readonly distance: 'known' | 'unknown' | 'not-needed';
  readonly nextSession?: Session;
  /** `check` when an eligibility fact is missing (e.g. no postcode for an area rule). */
  readonly eligibility: 'eligible' | 'check';
  /** Details older than the freshness limit: shown, flagged, to be checked before referring. */
  readonly stale: boolean;
}

/**
 * Settings for {@link suggestServices}. There is no tenant setting: suggestions come from the
 * person's own tenant (`person.tenantId`), so no call can search another tenant's directory.
 */
export interface SuggestOptions {
  /** How far to look, in km (default 10). Online and phone services are always included. */
  readonly radiusKm?: number;
  /** Most suggestions to return (default 10). */
  readonly limit?: number;
  readonly maxAgeDays?: number;
  readonly goalVocabulary?: GoalVocabulary;
}

/** Why no suggestions could be made. */
export type MatchError = DomainError<'no-needs' | 'invalid-query' | 'invalid-cursor'>;

function resolveNeeds(items: readonly NeedOrGoal[], vocabulary: GoalVocabulary | undefined) {
  const terms = new Map<string, { coding: Coding; goals: string[]; because: string[] }>();
  const unknown: string[] = [];
  for (const item of items) {
    const goal = typeof item === 'string' ? { description: item } : item;
    const pairs =
      'description' in goal
        ? matchNeeds(goal, vocabulary).map((m) => ({
            coding: m.coding,
            goal: goal.description,
            because: `'${goal.description}': ${m.because}`,
          }))
        : [{ coding: goal, goal: undefined, because: undefined }];
    if ('description' in goal && pairs.length === 0) unknown.push(goal.description);
    for (const { coding, goal: words, because } of pairs) {
      const entry = terms.get(termKey(coding)) ?? { coding, goals: [], because: [] };
      if (words !== undefined && !entry.goals.includes(words)) entry.goals.push(words);
      if (because !== undefined) entry.because.push(because);
      terms.set(termKey(coding), entry);
    }
  }
  return { terms, unknown };
}

/** True when the person has to go somewhere for the service. */
const needsTravel = (service: Service): boolean => service.deliveryModes.includes('in-person');

/** Why the goals led to this service: the matched phrases of each need the service serves. */
const goalReasons = (service: Service, terms: ReturnType<typeof resolveNeeds>['terms']): string[] =>
  [...service.needs, ...service.conditions].flatMap((c) => terms.get(termKey(c))?.because ?? []);

function summaryOf(
  hit: SearchHit,
  terms: ReturnType<typeof resolveNeeds>['terms'],
  now: IsoInstant,
) {
  // Group the needs served by the goal they answer: "physical activity and weight management for 'lose weight'".
  const byGoal = new Map<string, string[]>();
  for (const c of [...hit.service.needs, ...hit.service.conditions]) {
    const t = terms.get(termKey(c));
    if (!t) continue;
    const name = c.display ?? t.coding.display ?? c.code;
    const goal = t.goals.length > 0 ? ` for '${t.goals.join("', '")}'` : '';
    const names = byGoal.get(goal) ?? [];
    if (!names.includes(name)) names.push(name);
    byGoal.set(goal, names);
  }
  const parts = [[...byGoal].map(([goal, names]) => `${names.join(' and ')}${goal}`).join(', ')];
  if (hit.distanceKm !== undefined) parts.push(describeDistance(hit.distanceKm));
  else if (needsTravel(hit.service)) parts.push('distance unknown');
  else parts.push(hit.service.deliveryModes.join(' or '));
  if (hit.nextSession) {
    const s = hit.nextSession;
    const tz = [
      ...hit.service.schedules,
      ...hit.service.locations.flatMap((l) => l.schedules),
    ].find((x) => x.id === s.scheduleId)?.timeZone;
    parts.push(
      `next session ${describeStart(Date.parse(s.start), Date.parse(now), tz ?? 'Europe/London')}`,
    );
  }
  return `${hit.service.name} — ${parts.join(', ')}`;
}

/**
 * Suggests services for a person's needs or goals near `place` (default: their address),
 * ranked by the search score, keeping only services they are eligible for (age, condition,
 * area) with places available. Only services of the person's tenant are considered, whatever
 * else the index holds. Stale services stay in, flagged.
 *
 * @example
 * suggestServices(index, person, ['lose weight'], person.address, now)
 * // ok([{ summary: "Woodhouse Moor walking group — physical activity for 'lose weight', 1.2 km, next session Tuesday 10:00", … }])
 */
export function suggestServices(
  index: SearchIndex,
  person: Person,
  needsOrGoals: readonly NeedOrGoal[],
  place: PersonPlace | undefined,
  now: IsoInstant,
  options: SuggestOptions = {},
): Result<Suggestion[], MatchError> {
  const input = readSuggestInput({ needsOrGoals, place, now, options });
  if (!input.ok) return input;
  return suggestFrom(index, person, input.value);
}

function suggestFrom(
  index: SearchIndex,
  person: Person,
  { needsOrGoals, place, now, options }: SuggestInput,
): Result<Suggestion[], MatchError> {
  const { terms, unknown } = resolveNeeds(needsOrGoals, options.goalVocabulary);
  if (terms.size === 0) {
    const what = unknown.length > 0 ? `'${unknown.join("', '")}'` : 'nothing';
    return err(
      domainError('no-needs', `Could not tell which needs ${what} points to.`, { unknown }),
    );
  }
  const where: PersonPlace = place ?? person.address ?? {};
  const hits: SearchHit[] = [];
  let cursor: string | undefined;
  do {
    const page = index.search(
      {
        terms: [...terms.values()].map((t) => t.coding),
        statuses: ['active'],
        placesAvailable: true,
        tenantId: person.tenantId,
        ...(where.point
          ? { near: { point: where.point, radiusKm: options.radiusKm ?? 10, includeRemote: true } }
          : {}),
      },
      {
        now,
        limit: 200,
        ...(cursor ? { cursor } : {}),
        ...(options.maxAgeDays === undefined ? {} : { maxAgeDays: options.maxAgeDays }),
      },
    );
    if (!page.ok) return page;
    hits.push(...page.value.hits);
    cursor = page.value.nextCursor;
  } while (cursor !== undefined);
  const reachable: Suggestion[] = [];
  const farOff: Suggestion[] = [];
  const limit = options.limit ?? 10;
  for (const hit of hits) {
    if (reachable.length >= limit) break;
    const verdict = checkEligibility(hit.service, person, where, now);
    if (verdict.status === 'ineligible') continue;
    const reasons = [...goalReasons(hit.service, terms), ...hit.reasons.map((r) => r.text)];
    const distance =
      hit.distanceKm !== undefined ? 'known' : needsTravel(hit.service) ? 'unknown' : 'not-needed';
    if (distance === 'unknown') reasons.push('distance unknown: no map point to measure from');
    if (verdict.status === 'check') reasons.push(verdict.reason);
    const suggestion: Suggestion = {
      service: hit.service,
      // Without a point the search scored every service as at the door: take that part away.
      score: where.point ? hit.score : hit.score - SCORE_WEIGHTS.proximity,
      summary: summaryOf(hit, terms, now),
      reasons,
      ...(hit.distanceKm === undefined ? {} : { distanceKm: hit.distanceKm }),
      distance,
      ...(hit.nextSession === undefined ? {} : { nextSession: hit.nextSession }),
      eligibility: verdict.status,
      stale: hit.stale,
    };
    (distance === 'unknown' ? farOff : reachable).push(suggestion);
  }
  // Services at an unknown distance come after every service known to be within reach.
  return ok([...reachable, ...farOff].slice(0, limit));
}

/** Settings for {@link suggestServicesNear}: {@link SuggestOptions} and the geocoder. */
export interface SuggestNearOptions extends SuggestOptions {
  /** Turns the person's postcode into a point when the place has none. */
  readonly geocoder?: Geocoder;
}

/** Suggestions with how the place's map point was settled (see {@link locatePlace}). */
export interface NearbySuggestions {
  readonly suggestions: Suggestion[];
  readonly located: LocatedPlace['located'];
  readonly geocodeError?: GeocodeError;
}

/**
 * {@link suggestServices} that first gives the place (default: the person's address) a map
 * point from its postcode through `options.geocoder` when it has none. When no point can be
 * had (no postcode, no geocoder, an unknown postcode, a failing geocoder) in-person services
 * are still suggested but marked `distance: 'unknown'`, after every service known to be in
 * reach — never ranked as if near. Say why with `located` and `geocodeError`.
 *
 * @example
 * const r = await suggestServicesNear(index, person, ['lose weight'], now, { geocoder });
 * if (r.ok && r.value.located === 'unknown') showNotice('We could not place your postcode on the map.');
 */
export async function suggestServicesNear(
  index: SearchIndex,
  person: Person,
  needsOrGoals: readonly NeedOrGoal[],
  now: IsoInstant,
  options: SuggestNearOptions & { readonly place?: PersonPlace } = {},
): Promise<Result<NearbySuggestions, MatchError>> {
  let read: { geocoder: Geocoder | undefined; place: PersonPlace; rest: SuggestOptions };
  try {
    const { geocoder, place, ...rest } = options;
    read = { geocoder, place: place ?? person.address ?? {}, rest };
  } catch {
    return err(domainError('invalid-query', 'The person or the options cannot be read.'));
  }
  const located = await locatePlace(read.place, read.geocoder);
  const r = suggestServices(index, person, needsOrGoals, located.place, now, read.rest);
  if (!r.ok) return r;
  return ok({
    suggestions: r.value,
    located: located.located,
    ...(located.geocodeError ? { geocodeError: located.geocodeError } : {}),
  });
}

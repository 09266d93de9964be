import type { Assessment, CarePlan, CareTeam, Person, Referral, Result } from '@livewell/core';
import { err, ok } from '@livewell/core';
import * as z from 'zod';
import { fromFhirAssessment } from '../assessment/import-assessment.js';
import { fromFhirCarePlan } from '../care-plan/import-care-plan.js';
import { fromFhirCareTeam } from '../care-plan/import-care-team.js';
import { fromFhirPatient } from '../person/patient.js';
import { fromFhirReferral } from '../referral/import-referral.js';
import { parseBundleImportOptions, parseFhirInput } from '../shared/fhir-input.js';
import {
  type FhirImportError,
  type FhirImportIssue,
  importError,
  importIssue,
} from '../shared/import-error.js';
import { isReferencedOnly } from '../shared/referenced-only.js';
import type { FhirBundleImportOptions } from '../shared/tenant.js';
import { BundleIndex, type BundleResource, keyOf, refs } from './bundle-index.js';
import { referencesUnder } from './references.js';

/**
 * Resources a person's Bundle carries so that its references resolve; livewell holds them as
 * practitioner and directory records of their own, not as part of the person's record.
 */
const CONTEXT_TYPES = [
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'HealthcareService',
  'Organization',
  'Location',
] as const;

const isContext = (r: BundleResource) =>
  (CONTEXT_TYPES as readonly string[]).includes(r.resourceType);

/**
 * Marks as used the context entries connected by references to the records read: those a
 * record references, and through them the rest of the picture (a HealthcareService's
 * Organization, a PractitionerRole naming a referenced Practitioner, a RelatedPerson naming the
 * Patient). `links` are the Bundle's context and referenced-only entries, which connect records
 * but are never records themselves. A context entry connected to no record read stays unused
 * and is reported: skipping it would drop it silently.
 */
function takeContext(
  index: BundleIndex,
  links: readonly BundleResource[],
  used: Set<BundleResource>,
): void {
  const isLink = new Set(links);
  const edges = new Map<BundleResource, BundleResource[]>();
  const edge = (a: BundleResource, b: BundleResource) => {
    const list = edges.get(a);
    if (list === undefined) edges.set(a, [b]);
    else list.push(b);
  };
  for (const r of [...used, ...links]) {
    for (const { reference } of referencesUnder(r, r.resourceType)) {
      for (const target of index.resolve(reference)) {
        if (isLink.has(target)) edge(r, target);
        if (isLink.has(r)) edge(target, r);
      }
    }
  }
  const pending = [...used];
  for (let r = pending.pop(); r !== undefined; r = pending.pop()) {
    for (const next of edges.get(r) ?? []) {
      if (!used.has(next)) {
        used.add(next);
        pending.push(next);
      }
    }
  }
}

/** The livewell records read from one person's Bundle. */
export interface ImportedPersonRecord {
  readonly person?: Person;
  readonly careTeams: readonly CareTeam[];
  readonly carePlans: readonly CarePlan[];
  readonly assessments: readonly Assessment[];
  readonly referrals: readonly Referral[];
}

const BundleInput = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(['transaction', 'batch', 'collection', 'searchset', 'document']),
  entry: z
    .array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }) }))
    .optional(),
});

/**
 * Reads one person's record back from a Bundle (as written by `toFhirTransactionBundle`):
 * each CarePlan with the Goals, CareTeam and confidence Observations it references, each
 * QuestionnaireResponse with the Observations derived from it, each ServiceRequest with the
 * Task that focuses on it, the Patient and standing CareTeams. Questionnaires are instrument
 * definitions livewell already holds and are skipped, as are the Practitioner, PractitionerRole,
 * RelatedPerson, HealthcareService, Organization and Location entries that make the Bundle
 * self-contained — those a record read references, directly or through another of them (read
 * them with `fromFhirHealthcareService` and the like) — and every entry tagged
 * referenced-only; any other resource left over is reported, unreferenced context entries too.
 */
export function fromFhirBundle(
  input: unknown,
  untrustedOptions: FhirBundleImportOptions,
): Result<ImportedPersonRecord, FhirImportError> {
  const checked = parseBundleImportOptions(untrustedOptions);
  if (!checked.ok) return checked;
  const { maxEntries, ...options } = checked.value;
  const parsed = parseFhirInput('Bundle', BundleInput, input);
  if (!parsed.ok) return parsed;
  const entries = parsed.value.entry ?? [];
  if (entries.length > maxEntries) {
    const why = `${entries.length} entries, more than the ${maxEntries} allowed (split the Bundle or raise \`maxEntries\`)`;
    return err(importError('Bundle', [importIssue('unrepresentable', 'Bundle.entry', why)]));
  }
  const all = entries.map((e) => e.resource as BundleResource);
  const resources = all.filter((r) => !isReferencedOnly(r));
  const index = new BundleIndex(resources);
  const ofType = (type: string) => index.ofType(type);
  const used = new Set<BundleResource>();
  const issues: FhirImportIssue[] = [];
  const take = (r: BundleResource) => {
    used.add(r);
    return r;
  };
  const collect = <T>(label: string, result: Result<T, FhirImportError>, into: T[]) => {
    if (result.ok) into.push(result.value);
    else issues.push(...result.error.issues.map((i) => ({ ...i, path: `${label} ${i.path}` })));
  };

  const carePlans: CarePlan[] = [];
  for (const cp of ofType('CarePlan')) {
    const key = keyOf(take(cp));
    const goals = index.named('Goal', refs(cp.goal)).map(take);
    const [careTeam] = index.named('CareTeam', refs(cp.careTeam));
    const observations = index.referring('Observation', 'basedOn', key).map(take);
    if (careTeam) take(careTeam);
    const plan = { carePlan: cp, goals, observations, ...(careTeam ? { careTeam } : {}) };
    collect(key, fromFhirCarePlan(plan, options), carePlans);
  }
  const assessments: Assessment[] = [];
  for (const qr of ofType('QuestionnaireResponse')) {
    const key = keyOf(take(qr));
    const observations = index
      .referring('Observation', 'derivedFrom', key)
      .filter((o) => !used.has(o))
      .map(take);
    collect(
      key,
      fromFhirAssessment({ questionnaireResponse: qr, observations }, options),
      assessments,
    );
  }
  const referrals: Referral[] = [];
  for (const sr of ofType('ServiceRequest')) {
    const key = keyOf(take(sr));
    const [task] = index.referring('Task', 'focus', key);
    if (task) take(task);
    collect(key, fromFhirReferral({ serviceRequest: sr, task }, options), referrals);
  }
  const careTeams: CareTeam[] = [];
  for (const team of ofType('CareTeam').filter((t) => !used.has(t))) {
    collect(keyOf(take(team)), fromFhirCareTeam(team, options), careTeams);
  }
  const people: Person[] = [];
  for (const patient of ofType('Patient'))
    collect(keyOf(take(patient)), fromFhirPatient(patient, options), people);
  if (people.length > 1)
    issues.push(importIssue('unrepresentable', 'Bundle', 'more than one Patient'));
  for (const q of ofType('Questionnaire')) take(q);
  const fullUrls = new Map<BundleResource, string>();
  for (const e of entries)
    if (typeof e.fullUrl === 'string') fullUrls.set(e.resource as BundleResource, e.fullUrl);
  const links = all.filter((r) => isReferencedOnly(r) || isContext(r));
  takeContext(new BundleIndex(all, fullUrls), links, used);
  for (const r of resources.filter((x) => !used.has(x))) {
    const why = isContext(r)
      ? 'no record livewell reads references it'
      : 'not part of any record livewell reads';
    issues.push(importIssue('unrepresentable', keyOf(r), why));
  }
  if (issues.length > 0) return err(importError('Bundle', issues));
  const [person] = people;
  return ok({ ...(person ? { person } : {}), careTeams, carePlans, assessments, referrals });
}

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
 * self-contained (read those with `fromFhirHealthcareService` and the like) and every entry
 * tagged referenced-only; any other resource left over is reported.
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
  const resources = entries
    .map((e) => e.resource as BundleResource)
    .filter((r) => !isReferencedOnly(r));
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
  for (const type of CONTEXT_TYPES) for (const r of ofType(type)) take(r);
  for (const r of resources.filter((x) => !used.has(x))) {
    issues.push(importIssue('unrepresentable', keyOf(r), 'not part of any record livewell reads'));
  }
  if (issues.length > 0) return err(importError('Bundle', issues));
  const [person] = people;
  return ok({ ...(person ? { person } : {}), careTeams, carePlans, assessments, referrals });
}

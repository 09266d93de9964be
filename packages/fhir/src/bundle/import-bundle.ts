import type { Assessment, CarePlan, CareTeam, Person, Referral, Result } from '@livewell/core';
import { err, ok } from '@livewell/core';
import * as z from 'zod';
import { fromFhirAssessment } from '../assessment/import-assessment.js';
import { fromFhirCarePlan } from '../care-plan/import-care-plan.js';
import { fromFhirCareTeam } from '../care-plan/import-care-team.js';
import { fromFhirPatient } from '../person/patient.js';
import { fromFhirReferral } from '../referral/import-referral.js';
import { parseFhirInput, parseImportOptions } from '../shared/fhir-input.js';
import {
  type FhirImportError,
  type FhirImportIssue,
  importError,
  importIssue,
} from '../shared/import-error.js';
import { isReferencedOnly } from '../shared/referenced-only.js';
import type { FhirImportOptions } from '../shared/tenant.js';

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

type Json = Record<string, unknown> & { resourceType: string; id?: unknown };
const keyOf = (r: Json) => `${r.resourceType}/${String(r.id)}`;
const refs = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { reference?: unknown }).reference === 'string'
      ? [(v as { reference: string }).reference]
      : [],
  );

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
  untrustedOptions: FhirImportOptions,
): Result<ImportedPersonRecord, FhirImportError> {
  const checked = parseImportOptions('Bundle', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('Bundle', BundleInput, input);
  if (!parsed.ok) return parsed;
  const resources = (parsed.value.entry ?? [])
    .map((e) => e.resource as Json)
    .filter((r) => !isReferencedOnly(r));
  const used = new Set<Json>();
  const issues: FhirImportIssue[] = [];
  const take = (r: Json) => {
    used.add(r);
    return r;
  };
  const ofType = (type: string) => resources.filter((r) => r.resourceType === type);
  const collect = <T>(label: string, result: Result<T, FhirImportError>, into: T[]) => {
    if (result.ok) into.push(result.value);
    else issues.push(...result.error.issues.map((i) => ({ ...i, path: `${label} ${i.path}` })));
  };

  const carePlans: CarePlan[] = [];
  for (const cp of ofType('CarePlan')) {
    const key = keyOf(take(cp));
    const goalRefs = refs(cp.goal);
    const teamRefs = refs(cp.careTeam);
    const goals = ofType('Goal')
      .filter((g) => goalRefs.includes(keyOf(g)))
      .map(take);
    const careTeam = ofType('CareTeam').find((t) => teamRefs.includes(keyOf(t)));
    const observations = ofType('Observation')
      .filter((o) => refs(o.basedOn).includes(key))
      .map(take);
    if (careTeam) take(careTeam);
    const plan = { carePlan: cp, goals, observations, ...(careTeam ? { careTeam } : {}) };
    collect(key, fromFhirCarePlan(plan, options), carePlans);
  }
  const assessments: Assessment[] = [];
  for (const qr of ofType('QuestionnaireResponse')) {
    const key = keyOf(take(qr));
    const observations = ofType('Observation')
      .filter((o) => !used.has(o) && refs(o.derivedFrom).includes(key))
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
    const task = ofType('Task').find((t) => refs(t.focus).includes(key));
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

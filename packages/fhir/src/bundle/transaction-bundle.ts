import {
  type Assessment,
  type CarePlan,
  type CareTeam,
  type DomainError,
  domainError,
  err,
  type InstrumentDefinition,
  type Location,
  type Organisation,
  ok,
  type Person,
  type Practitioner,
  type Referral,
  type Result,
  type Service,
} from '@livewell/core';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { toFhirAssessment } from '../assessment/export-assessment.js';
import { toFhirQuestionnaire } from '../assessment/questionnaire.js';
import { toFhirCareTeam } from '../care-plan/care-team.js';
import { toFhirCarePlan } from '../care-plan/export-care-plan.js';
import { toFhirPatient } from '../person/patient.js';
import { toFhirReferral } from '../referral/export-referral.js';
import { referencedResources } from './referenced-resources.js';

/** One person's whole record, as livewell holds it. */
export interface PersonRecord {
  readonly person?: Person;
  readonly careTeams?: readonly CareTeam[];
  /** Every plan version; a later revision's goals overwrite an earlier one's with the same id. */
  readonly carePlans?: readonly CarePlan[];
  readonly assessments?: readonly Assessment[];
  readonly referrals?: readonly Referral[];
  /** Definitions of the instruments used: adds their Questionnaires and coded answers. */
  readonly instruments?: readonly InstrumentDefinition[];
  /**
   * Practitioners the record names (care teams, authors, performers, requesters): written as
   * full Practitioner resources. A practitioner not given here is written referenced-only.
   */
  readonly practitioners?: readonly Practitioner[];
  /** Directory services the referrals go to (full HealthcareService resources). */
  readonly services?: readonly Service[];
  /** Organisations running those services. */
  readonly organisations?: readonly Organisation[];
  /** Places those services run at. */
  readonly locations?: readonly Location[];
}

/** Bundle options. */
export interface BundleOptions {
  /** The FHIR server base (e.g. `https://fhir.example.org/R4`); gives entries a `fullUrl`. */
  readonly baseUrl?: string;
}

/** The record mixes people: every record must belong to the same person. */
export type BundleError = DomainError<'mixed-persons'>;

function personIds(record: PersonRecord): Set<string> {
  return new Set([
    ...(record.person ? [record.person.id] : []),
    ...(record.careTeams ?? []).map((r) => r.personId),
    ...(record.carePlans ?? []).map((r) => r.personId),
    ...(record.assessments ?? []).map((r) => r.personId),
    ...(record.referrals ?? []).map((r) => r.personId),
  ]);
}

function tenantOf(record: PersonRecord): string | undefined {
  return (
    record.person?.tenantId ??
    [...(record.carePlans ?? []), ...(record.assessments ?? []), ...(record.referrals ?? [])][0]
      ?.tenantId ??
    record.careTeams?.[0]?.tenantId
  );
}

/**
 * One person's whole record as a FHIR R4 `transaction` Bundle: Patient, CareTeams, every
 * CarePlan version with its Goals, CareTeam and confidence Observations, every assessment's
 * QuestionnaireResponse and score Observations, every referral's ServiceRequest and Task, and
 * the Questionnaires of the instruments given. Each entry is a `PUT Type/id` (idempotent);
 * a resource that appears twice (a goal kept across plan versions) is written once, latest
 * revision last.
 *
 * The Bundle is self-contained: every reference resolves to one of its entries. Practitioners
 * (with a PractitionerRole per role they act in), carers (RelatedPerson), the services
 * referred to with their organisations and locations are written from the records given in
 * `record`; a target livewell does not hold here is written referenced-only (its identifier
 * and what FHIR requires, tagged `…/CodeSystem/bundle-entry#referenced-only`).
 *
 * @example
 * const bundle = toFhirTransactionBundle({ person, carePlans, assessments, referrals });
 */
export function toFhirTransactionBundle(
  record: PersonRecord,
  options: BundleOptions = {},
): Result<Bundle, BundleError> {
  const people = personIds(record);
  if (people.size > 1) {
    return err(
      domainError('mixed-persons', 'A transaction bundle holds one person’s record', {
        personIds: [...people],
      }),
    );
  }
  const definitions = new Map((record.instruments ?? []).map((d) => [d.id, d]));
  const resources: Resource[] = [];
  if (record.person) resources.push(toFhirPatient(record.person));
  for (const team of record.careTeams ?? []) resources.push(toFhirCareTeam(team));
  const plans = [...(record.carePlans ?? [])].sort((a, b) => a.revision - b.revision);
  for (const plan of plans) {
    const out = toFhirCarePlan(plan);
    resources.push(
      out.carePlan,
      ...out.goals,
      ...(out.careTeam ? [out.careTeam] : []),
      ...out.observations,
    );
  }
  for (const d of definitions.values()) resources.push(toFhirQuestionnaire(d));
  for (const a of record.assessments ?? []) {
    const out = toFhirAssessment(a, definitions.get(a.instrument.id));
    resources.push(out.questionnaireResponse, ...out.observations);
  }
  for (const r of record.referrals ?? []) {
    const out = toFhirReferral(r);
    resources.push(out.serviceRequest, out.task);
  }
  const byKey = new Map<string, Resource>();
  for (const r of resources) {
    const key = `${r.resourceType}/${r.id}`;
    byKey.delete(key);
    byKey.set(key, r);
  }
  const [personId] = people;
  const tenantId = tenantOf(record);
  const context = referencedResources([...byKey.values()], {
    ...(personId !== undefined ? { personId } : {}),
    ...(tenantId !== undefined ? { tenantId } : {}),
    ...(record.person ? { person: record.person } : {}),
    practitioners: record.practitioners ?? [],
    services: record.services ?? [],
    organisations: record.organisations ?? [],
    locations: record.locations ?? [],
  });
  for (const r of context) byKey.set(`${r.resourceType}/${r.id}`, r);
  const entry = [...byKey].map(([url, resource]): BundleEntry => {
    const e: BundleEntry = { resource, request: { method: 'PUT', url } };
    if (options.baseUrl) e.fullUrl = `${options.baseUrl.replace(/\/$/, '')}/${url}`;
    return e;
  });
  const bundle: Bundle = { resourceType: 'Bundle', type: 'transaction' };
  if (entry.length > 0) bundle.entry = entry;
  return ok(bundle);
}

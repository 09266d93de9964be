import {
  type Actor,
  ActorSchema,
  type IsoInstant,
  IsoInstantSchema,
  makeParser,
  type PersonId,
  PersonIdSchema,
  type RecordId,
  RecordIdSchema,
  type ReferralOutcome,
  ReferralOutcomeSchema,
  type Result,
  type TenantId,
  TenantIdSchema,
} from '@livewell/core';
import * as z from 'zod';
import { readActor } from '../shared/actor.js';
import { fromFhirCoding } from '../shared/coding.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput, parseImportRequest } from '../shared/fhir-input.js';
import { type FhirImportError, importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  findExtension,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { OUTCOME_PART_URL, outcomeParts } from './codes.js';
import {
  FhirOutcomeCommunicationInput,
  type FhirOutcomeObservationIn,
  FhirOutcomeObservationInput,
  ReferralOutcomeImportInput,
} from './input.js';
import { readOutcomeReading } from './read-measure.js';

/** The FHIR resources to read a referral's outcome message from (untrusted JSON). */
export interface ReferralOutcomeImport {
  readonly communication: unknown;
  readonly observations: readonly unknown[];
}

/** A referral's outcome as read back from FHIR: the message's parties and the outcome. */
export const ReferralOutcomeMessageSchema = z.object({
  referralId: RecordIdSchema,
  tenantId: TenantIdSchema,
  personId: PersonIdSchema,
  serviceId: RecordIdSchema,
  to: z.array(ActorSchema).min(1).max(10),
  completedAt: z.optional(IsoInstantSchema),
  sentAt: z.optional(IsoInstantSchema),
  outcome: ReferralOutcomeSchema,
});
/** A referral's outcome message as read back from FHIR. */
export interface ReferralOutcomeMessage {
  readonly referralId: RecordId;
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly serviceId: RecordId;
  /** The recipients: the referrer, then the GP when they are someone else. */
  readonly to: readonly Actor[];
  /** When the referral was completed (livewell details; absent from other systems). */
  readonly completedAt?: IsoInstant | undefined;
  /** When the message was sent (`Communication.sent`), if it was. */
  readonly sentAt?: IsoInstant | undefined;
  readonly outcome: ReferralOutcome;
}

const parseMessage = makeParser('ReferralOutcomeMessage', ReferralOutcomeMessageSchema);

const isPart = (code: string | undefined): code is (typeof outcomeParts)[number] =>
  outcomeParts.some((p) => p === code);

/** The observations by the `Observation/<id>` a payload refers to, each parsed. */
function readObservations(
  raw: readonly unknown[],
  issues: IssueList,
): Map<string, { index: number; o: FhirOutcomeObservationIn }> {
  const byRef = new Map<string, { index: number; o: FhirOutcomeObservationIn }>();
  for (const [i, item] of raw.entries()) {
    const r = parseFhirInput(`Observation[${i}]`, FhirOutcomeObservationInput, item);
    if (!r.ok) {
      issues.push(...r.error.issues);
      continue;
    }
    if (r.value.id === undefined) {
      issues.push(importIssue('missing-element', `Observation[${i}].id`, 'a reading needs an id'));
      continue;
    }
    byRef.set(`Observation/${r.value.id}`, { index: i, o: r.value });
  }
  return byRef;
}

/**
 * Reads a referral's outcome message back from its `Communication` and measure
 * `Observation`s: the referral, person, service and recipients, the needs addressed
 * (`reasonCode`), and from `payload` the summary, concerns, support and each measure's start
 * and end readings. Anything livewell cannot hold is reported, never dropped; never throws.
 *
 * @example
 * const r = toFhirReferralOutcome(referral, { gp });
 * if (r.ok) fromFhirReferralOutcome(r.value, { tenantId: referral.tenantId });
 */
export function fromFhirReferralOutcome(
  untrustedInput: ReferralOutcomeImport,
  untrustedOptions: FhirImportOptions,
): Result<ReferralOutcomeMessage, FhirImportError> {
  const request = parseImportRequest(
    'Communication',
    ReferralOutcomeImportInput,
    untrustedInput,
    untrustedOptions,
  );
  if (!request.ok) return request;
  const { parts: input, options } = request.value;
  const parsed = parseFhirInput(
    'Communication',
    FhirOutcomeCommunicationInput,
    input.communication,
  );
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const path = 'Communication';
  const issues: IssueList = [];
  checkExtensions(
    c.extension,
    [LivewellExtensions.tenant, LivewellExtensions.details],
    path,
    issues,
  );
  const details = readDetails(c.extension, path, issues);
  const referralId = readRecordId(c, 'referral-outcome', path, issues);
  const basedOn = readReferenceId(
    c.basedOn[0],
    'ServiceRequest',
    'referral',
    `${path}.basedOn[0]`,
    issues,
  );
  if (basedOn !== referralId) {
    issues.push(
      importIssue(
        'broken-reference',
        `${path}.basedOn[0]`,
        'the message is about another referral',
      ),
    );
  }
  const personId = readReferenceId(c.subject, 'Patient', 'person', `${path}.subject`, issues);
  const needs = (c.reasonCode ?? []).map((rc, i) => {
    const coding =
      rc.coding?.length === 1 && rc.coding[0] ? fromFhirCoding(rc.coding[0]) : undefined;
    if (!coding) {
      issues.push(
        importIssue('unrepresentable', `${path}.reasonCode[${i}]`, 'a need is one coding'),
      );
    }
    return coding;
  });
  const observations = readObservations(input.observations, issues);
  const used = new Set<string>();
  const summaries: string[] = [];
  const concerns: string[] = [];
  const support: string[] = [];
  const readings: {
    when: 'start' | 'end';
    at: string;
    reading: ReturnType<typeof readOutcomeReading>;
  }[] = [];
  for (const [i, p] of c.payload.entries()) {
    const at = `${path}.payload[${i}]`;
    checkExtensions(p.extension, [OUTCOME_PART_URL], at, issues);
    const kind = findExtension(p.extension, OUTCOME_PART_URL)?.valueCode;
    if (!isPart(kind)) {
      issues.push(
        importIssue(
          kind ? 'unsupported-code' : 'missing-element',
          `${at}.extension`,
          'expected an outcome part',
        ),
      );
      continue;
    }
    if (kind === 'measure-start' || kind === 'measure-end') {
      const ref = p.contentReference?.reference;
      const found = ref === undefined ? undefined : observations.get(ref);
      if (!found) {
        issues.push(
          importIssue('broken-reference', `${at}.contentReference`, 'the reading was not supplied'),
        );
        continue;
      }
      if (ref !== undefined) used.add(ref);
      readings.push({
        when: kind === 'measure-start' ? 'start' : 'end',
        at,
        reading: readOutcomeReading(
          found.o,
          `Observation[${found.index}]`,
          { referralId, personId },
          issues,
        ),
      });
      continue;
    }
    if (p.contentString === undefined || p.contentReference !== undefined) {
      issues.push(importIssue('invalid-element', at, `the ${kind} is text (contentString)`));
      continue;
    }
    (kind === 'summary' ? summaries : kind === 'concern' ? concerns : support).push(
      p.contentString,
    );
  }
  for (const [ref, { index }] of observations) {
    if (!used.has(ref)) {
      issues.push(
        importIssue(
          'unrepresentable',
          `Observation[${index}]`,
          'a reading the message does not refer to',
        ),
      );
    }
  }
  if (summaries.length !== 1) {
    issues.push(
      importIssue(
        summaries.length === 0 ? 'missing-element' : 'unrepresentable',
        `${path}.payload`,
        'livewell keeps one summary',
      ),
    );
  }
  const measures: unknown[] = [];
  for (let i = 0; i < readings.length; i += 2) {
    const start = readings[i];
    const end = readings[i + 1];
    if (start?.when !== 'start' || end?.when !== 'end') {
      issues.push(
        importIssue(
          'invalid-element',
          start?.at ?? `${path}.payload`,
          'each measure is a start reading followed by its end reading',
        ),
      );
      break;
    }
    const a = start.reading;
    const b = end.reading;
    if (a.instrumentId !== b.instrumentId || a.score !== b.score || a.higherIs !== b.higherIs) {
      issues.push(
        importIssue(
          'invalid-element',
          end.at,
          'the end reading measures something else than the start reading',
        ),
      );
    }
    measures.push({
      instrumentId: a.instrumentId,
      score: a.score,
      higherIs: a.higherIs,
      start: a.value,
      end: b.value,
    });
  }
  const candidate = compact({
    referralId,
    tenantId: readTenant(c.extension, options, path, issues),
    personId,
    serviceId: readReferenceId(c.sender, 'HealthcareService', 'service', `${path}.sender`, issues),
    to: c.recipient.map((r, i) => readActor(r, `${path}.recipient[${i}]`, issues)),
    completedAt: typeof details.completedAt === 'string' ? details.completedAt : undefined,
    sentAt: c.status === 'completed' ? c.sent : undefined,
    outcome: {
      needsAddressed: needs,
      concernsAddressed: concerns,
      supportGiven: support,
      measures,
      summary: summaries[0],
    },
  });
  if (c.status === 'completed' && c.sent === undefined) {
    issues.push(
      importIssue('missing-element', `${path}.sent`, 'a completed message says when it was sent'),
    );
  }
  if (c.status === 'preparation' && c.sent !== undefined) {
    issues.push(
      importIssue('invalid-element', `${path}.sent`, 'a message in preparation has not been sent'),
    );
  }
  return finishImport('Communication', issues, parseMessage, candidate);
}

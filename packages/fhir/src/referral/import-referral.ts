import {
  parseReferral,
  type Referral,
  type ReferralNotCompletedCause,
  ReferralNotCompletedCauseSchema,
  type ReferralStatus,
  ReferralStatusSchema,
  type Result,
  referralAcceptedCoding,
  referralDeclinedCoding,
  sameCoding,
} from '@livewell/core';
import { readActor } from '../shared/actor.js';
import { fromFhirCoding } from '../shared/coding.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput, parseImportRequest } from '../shared/fhir-input.js';
import { type FhirImportError, importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { REFERRAL_STATUS_SYSTEM } from './export-referral.js';
import {
  FhirServiceRequestInput,
  type FhirTaskIn,
  FhirTaskInput,
  ReferralImportInput,
} from './input.js';
import { fromFhirTaskStatus, toFhirTaskStatus } from './status.js';

/** The FHIR resources to read one referral from (untrusted JSON). */
export interface ReferralImport {
  readonly serviceRequest: unknown;
  readonly task: unknown;
}

/** Why the referral's last `not-completed` entry in the livewell details closed, if it says. */
function lastCause(history: unknown): ReferralNotCompletedCause | undefined {
  if (!Array.isArray(history)) return undefined;
  const entry: unknown = history.findLast(
    (h: unknown) =>
      typeof h === 'object' && h !== null && (h as { status?: unknown }).status === 'not-completed',
  );
  const cause = ReferralNotCompletedCauseSchema.safeParse((entry as { cause?: unknown })?.cause);
  return cause.success ? cause.data : undefined;
}

function readStatus(task: FhirTaskIn, history: unknown): ReferralStatus {
  const code = task.businessStatus?.coding?.find((c) => c.system === REFERRAL_STATUS_SYSTEM)?.code;
  const recorded = ReferralStatusSchema.safeParse(code);
  if (recorded.success && toFhirTaskStatus(recorded.data, lastCause(history)) === task.status)
    return recorded.data;
  return fromFhirTaskStatus(task.status);
}

/**
 * Reads a referral back from its `ServiceRequest` and `Task`. The Task's status decides the
 * referral status; everything livewell cannot hold is reported, never dropped.
 *
 * @example
 * const r = fromFhirReferral(toFhirReferral(referral), { tenantId: referral.tenantId });
 */
export function fromFhirReferral(
  untrustedInput: ReferralImport,
  untrustedOptions: FhirImportOptions,
): Result<Referral, FhirImportError> {
  const request = parseImportRequest(
    'ServiceRequest',
    ReferralImportInput,
    untrustedInput,
    untrustedOptions,
  );
  if (!request.ok) return request;
  const { parts: input, options } = request.value;
  const srParsed = parseFhirInput('ServiceRequest', FhirServiceRequestInput, input.serviceRequest);
  if (!srParsed.ok) return srParsed;
  const taskParsed = parseFhirInput('Task', FhirTaskInput, input.task);
  if (!taskParsed.ok) return taskParsed;
  const sr = srParsed.value;
  const task = taskParsed.value;
  const issues: IssueList = [];
  checkExtensions(
    sr.extension,
    [LivewellExtensions.tenant, LivewellExtensions.details],
    'ServiceRequest',
    issues,
  );
  checkExtensions(task.extension, [], 'Task', issues);
  const details = readDetails(sr.extension, 'ServiceRequest', issues);
  const id = readRecordId(sr, 'referral', 'ServiceRequest', issues);
  if (readRecordId(task, 'referral', 'Task', issues) !== id) {
    issues.push(
      importIssue('broken-reference', 'Task.identifier', 'the Task tracks another referral'),
    );
  }
  if (
    task.focus &&
    readReferenceId(task.focus, 'ServiceRequest', 'referral', 'Task.focus', issues) !== id
  ) {
    issues.push(
      importIssue('broken-reference', 'Task.focus', 'the Task focuses on another request'),
    );
  }
  if (!sr.requester)
    issues.push(
      importIssue('missing-element', 'ServiceRequest.requester', 'who referred is required'),
    );
  const referrer = sr.requester
    ? readActor(sr.requester, 'ServiceRequest.requester', issues)
    : undefined;
  if (!sr.authoredOn)
    issues.push(
      importIssue(
        'missing-element',
        'ServiceRequest.authoredOn',
        'when the referral was made is required',
      ),
    );
  const status = readStatus(task, details.history);
  const createdAt = sr.authoredOn;
  const reasonCodes = (sr.reasonCode ?? []).map((c, i) => {
    const coding = c.coding?.length === 1 && c.coding[0] ? fromFhirCoding(c.coding[0]) : undefined;
    if (!coding)
      issues.push(
        importIssue('unrepresentable', `ServiceRequest.reasonCode[${i}]`, 'a need is one coding'),
      );
    return coding;
  });
  const derivedCodes = [
    ...(sr.code?.coding?.some(
      (c) => fromFhirCoding(c) && sameCoding(fromFhirCoding(c) as never, referralAcceptedCoding),
    )
      ? [referralAcceptedCoding]
      : []),
    ...(task.statusReason?.coding?.some((c) => c.code === referralDeclinedCoding.code)
      ? [referralDeclinedCoding]
      : []),
  ];
  const candidate = compact({
    route:
      sr.intent === 'proposal'
        ? 'signposting'
        : referrer?.kind === 'person'
          ? 'self-referral'
          : 'professional-referral',
    history: [
      { status: 'draft', at: createdAt, actor: referrer },
      ...(status === 'draft'
        ? []
        : [{ status, at: task.lastModified ?? createdAt, actor: referrer }]),
    ],
    codes: derivedCodes,
    updatedAt: task.lastModified ?? createdAt,
    ...details,
    schemaVersion: 1,
    id,
    tenantId: readTenant(sr.extension, options, 'ServiceRequest', issues),
    personId: readReferenceId(sr.subject, 'Patient', 'person', 'ServiceRequest.subject', issues),
    serviceId: readReferenceId(
      sr.performer[0],
      'HealthcareService',
      'service',
      'ServiceRequest.performer[0]',
      issues,
    ),
    referrer,
    reason: compact({ needs: reasonCodes, text: sr.note?.[0]?.text }),
    basedOn: sr.basedOn?.[0]
      ? readReferenceId(sr.basedOn[0], 'CarePlan', 'care-plan', 'ServiceRequest.basedOn[0]', issues)
      : undefined,
    status,
    createdAt,
  });
  return finishImport('ServiceRequest', issues, parseReferral, candidate);
}

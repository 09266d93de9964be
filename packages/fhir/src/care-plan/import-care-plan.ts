import {
  type CarePlan,
  CarePlanStateSchema,
  type CheckIn,
  isLowConfidence,
  parseCarePlan,
  type Result,
} from '@livewell/core';
import { readActor } from '../shared/actor.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput } from '../shared/fhir-input.js';
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
import { identifierSystem, LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { CARE_PLAN_CATEGORY_TEXT } from './export-care-plan.js';
import {
  type FhirCarePlanIn,
  FhirCarePlanInput,
  FhirCareTeamInput,
  FhirConfidenceInput,
  FhirGoalInput,
} from './input.js';
import { readCareTeamParticipants } from './read-care-team.js';
import { readGoal } from './read-goal.js';
import { activityStatus, carePlanStateFromFhir, fhirCarePlanStatus } from './status.js';

/** The FHIR resources to read one care and support plan from (untrusted JSON). */
export interface CarePlanImport {
  readonly carePlan: unknown;
  readonly goals?: readonly unknown[];
  readonly careTeam?: unknown;
  readonly observations?: readonly unknown[];
}

function readState(cp: FhirCarePlanIn, issues: IssueList): string | undefined {
  const recorded = CarePlanStateSchema.safeParse(
    findExtension(cp.extension, LivewellExtensions.state)?.valueCode,
  );
  if (recorded.success && fhirCarePlanStatus(recorded.data) === cp.status) return recorded.data;
  const derived = carePlanStateFromFhir(cp.status);
  if (!derived)
    issues.push(
      importIssue(
        'unsupported-code',
        'CarePlan.status',
        `'${cp.status}' has no livewell plan state`,
      ),
    );
  return derived;
}

const byId = (list: unknown, id: string): Record<string, unknown> =>
  (Array.isArray(list) ? list : []).find(
    (x): x is Record<string, unknown> =>
      typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id,
  ) ?? {};

/**
 * Reads a care and support plan back from FHIR R4 (`CarePlan` + its `Goal`s, `CareTeam` and
 * confidence `Observation`s). Everything livewell cannot hold is an issue in the returned
 * error (never dropped); the value, when returned, has passed `parseCarePlan`.
 *
 * @example
 * const r = fromFhirCarePlan(toFhirCarePlan(plan), { tenantId: plan.tenantId });
 */
export function fromFhirCarePlan(
  input: CarePlanImport,
  options: FhirImportOptions,
): Result<CarePlan, FhirImportError> {
  const parsed = parseFhirInput('CarePlan', FhirCarePlanInput, input.carePlan);
  if (!parsed.ok) return parsed;
  const cp = parsed.value;
  const issues: IssueList = [];
  const known = [LivewellExtensions.state, LivewellExtensions.tenant, LivewellExtensions.details];
  checkExtensions(cp.extension, known, 'CarePlan', issues);
  const details = readDetails(cp.extension, 'CarePlan', issues);
  const personId = readReferenceId(cp.subject, 'Patient', 'person', 'CarePlan.subject', issues);
  const createdAt = cp.created ?? cp.period?.start ?? '';
  if (!cp.created)
    issues.push(
      importIssue('missing-element', 'CarePlan.created', 'when the plan was created is required'),
    );
  if (cp.period?.end)
    issues.push(
      importIssue(
        'unrepresentable',
        'CarePlan.period.end',
        'livewell plans end by review, not a date',
      ),
    );
  for (const [i, c] of (cp.category ?? []).entries()) {
    if (c.text !== CARE_PLAN_CATEGORY_TEXT || c.coding) {
      issues.push(
        importIssue(
          'unrepresentable',
          `CarePlan.category[${i}]`,
          'livewell plans have one fixed category',
        ),
      );
    }
  }

  const goalInputs = (input.goals ?? []).map((g, i) => {
    const r = parseFhirInput(`Goal[${i}]`, FhirGoalInput, g);
    if (!r.ok) issues.push(...r.error.issues);
    return r.ok ? r.value : undefined;
  });
  const goals = (cp.goal ?? []).map((ref, i) => {
    const goalId = readReferenceId(ref, 'Goal', 'goal', `CarePlan.goal[${i}]`, issues);
    const found = goalInputs.find((g) => g && readRecordId(g, 'goal', 'Goal', []) === goalId);
    if (!found) {
      issues.push(
        importIssue(
          'broken-reference',
          `CarePlan.goal[${i}]`,
          'the referenced Goal was not supplied',
        ),
      );
      return {};
    }
    return readGoal(found, personId, createdAt, `Goal/${found.id ?? goalId}`, issues);
  });
  if (goalInputs.length > goals.length) {
    issues.push(
      importIssue(
        'unrepresentable',
        'goals',
        'Goals were supplied that the plan does not reference',
      ),
    );
  }

  let careTeam = { members: [] as unknown[], carers: [] as unknown[] };
  if (cp.careTeam?.[0]) {
    const team = parseFhirInput('CareTeam', FhirCareTeamInput, input.careTeam);
    if (team.ok) {
      checkExtensions(team.value.extension, [LivewellExtensions.tenant], 'CareTeam', issues);
      readTenant(team.value.extension, options, 'CareTeam', issues);
      careTeam = readCareTeamParticipants(team.value, 'CareTeam', issues);
    } else issues.push(...team.error.issues);
  } else if (input.careTeam !== undefined) {
    issues.push(
      importIssue('unrepresentable', 'CareTeam', 'a CareTeam the plan does not reference'),
    );
  }

  const confidences = new Map<string, number>();
  for (const [i, o] of (input.observations ?? []).entries()) {
    const r = parseFhirInput(`Observation[${i}]`, FhirConfidenceInput, o);
    if (!r.ok) {
      issues.push(...r.error.issues);
      continue;
    }
    const target = r.value.identifier?.find(
      (x) => x.system === identifierSystem('action-plan-confidence'),
    )?.value;
    if (target) confidences.set(target, r.value.valueInteger);
    else
      issues.push(
        importIssue(
          'broken-reference',
          `Observation[${i}]`,
          'not a livewell action-plan confidence',
        ),
      );
  }

  const actionPlans = (cp.activity ?? []).map((a, i) => {
    const at = `CarePlan.activity[${i}]`;
    if (!a.id)
      issues.push(
        importIssue('missing-element', `${at}.id`, 'activity has no livewell action-plan id'),
      );
    const extra = byId(details.actionPlans, a.id ?? '');
    const confidence = confidences.get(a.id ?? '');
    const checkIns = Array.isArray(extra.checkIns) ? (extra.checkIns as CheckIn[]) : [];
    if (a.detail.status !== activityStatus(checkIns)) {
      issues.push(
        importIssue(
          'unrepresentable',
          `${at}.detail.status`,
          `'${a.detail.status}' does not follow from the check-ins (livewell derives it)`,
        ),
      );
    }
    if (a.progress && Object.keys(extra).length === 0) {
      issues.push(
        importIssue(
          'unrepresentable',
          `${at}.progress`,
          'progress notes without livewell check-ins',
        ),
      );
    }
    const performer = a.detail.performer?.[0];
    const goalRef = a.detail.goal?.[0];
    return compact({
      barriers: [],
      supportNeeded: [],
      needsRevision: isLowConfidence(confidence),
      checkIns: [],
      draftedAt: createdAt,
      ...(Object.keys(extra).length === 0 && a.detail.scheduledString
        ? { when: a.detail.scheduledString }
        : {}),
      ...extra,
      id: a.id,
      what: a.detail.description,
      goalId: goalRef
        ? readReferenceId(goalRef, 'Goal', 'goal', `${at}.detail.goal`, issues)
        : undefined,
      owner: performer ? readActor(performer, `${at}.detail.performer`, issues) : undefined,
      confidence,
    });
  });

  const activityIds = new Set((cp.activity ?? []).map((a) => a.id));
  for (const id of confidences.keys()) {
    if (!activityIds.has(id)) {
      issues.push(
        importIssue(
          'broken-reference',
          'Observation',
          `confidence for unknown action plan '${id}'`,
        ),
      );
    }
  }

  const whatMattersToMe = (cp.note ?? []).map((n, i) => {
    const at = `CarePlan.note[${i}]`;
    if (!n.id) issues.push(importIssue('missing-element', `${at}.id`, 'note has no livewell id'));
    if (!n.time)
      issues.push(importIssue('missing-element', `${at}.time`, 'when it was recorded is required'));
    const recordedBy = n.authorString
      ? { kind: 'system', name: n.authorString }
      : n.authorReference
        ? readActor(n.authorReference, `${at}.authorReference`, issues)
        : undefined;
    if (!recordedBy)
      issues.push(importIssue('missing-element', `${at}.author`, 'who recorded it is required'));
    const extra = byId(details.whatMattersToMe, n.id ?? '');
    return {
      id: n.id,
      text: n.text,
      inOwnWords: extra.inOwnWords === true,
      recordedAt: n.time,
      recordedBy,
    };
  });

  const candidate = compact({
    appointments: [],
    preparation: {},
    supportContacts: [],
    reviews: [],
    revision: 1,
    updatedAt: typeof cp.meta?.lastUpdated === 'string' ? cp.meta.lastUpdated : createdAt,
    ...details,
    schemaVersion: 1,
    id: readRecordId(cp, 'care-plan', 'CarePlan', issues),
    tenantId: readTenant(cp.extension, options, 'CarePlan', issues),
    personId,
    state: readState(cp, issues),
    replaces: cp.replaces?.[0]
      ? readReferenceId(cp.replaces[0], 'CarePlan', 'care-plan', 'CarePlan.replaces', issues)
      : undefined,
    careTeam,
    createdAt,
    agreedAt: cp.period?.start,
    goals,
    actionPlans,
    whatMattersToMe,
  });
  return finishImport('CarePlan', issues, parseCarePlan, candidate);
}

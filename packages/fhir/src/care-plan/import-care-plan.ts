import { type CarePlan, CarePlanStateSchema, parseCarePlan, type Result } from '@livewell/core';
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
import { CARE_PLAN_CATEGORY_TEXT } from './export-care-plan.js';
import {
  CarePlanImportInput,
  type FhirCarePlanIn,
  FhirCarePlanInput,
  FhirCareTeamInput,
  FhirGoalInput,
} from './input.js';
import { readActionPlans, readConfidences, readWhatMattersToMe } from './read-activities.js';
import { readCareTeamParticipants } from './read-care-team.js';
import { readGoal } from './read-goal.js';
import { carePlanStateFromFhir, toFhirCarePlanStatus } from './status.js';

/**
 * The FHIR resources to read one care and support plan from (untrusted JSON; the shape is
 * checked at run time too, so a wrong part is an issue, not a crash).
 */
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
  if (recorded.success && toFhirCarePlanStatus(recorded.data) === cp.status) return recorded.data;
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

/**
 * Reads a care and support plan back from FHIR R4 (`CarePlan` + its `Goal`s, `CareTeam` and
 * confidence `Observation`s). Everything livewell cannot hold is an issue in the returned
 * error (never dropped); the value, when returned, has passed `parseCarePlan`.
 *
 * @example
 * const r = fromFhirCarePlan(toFhirCarePlan(plan), { tenantId: plan.tenantId });
 */
export function fromFhirCarePlan(
  untrustedInput: CarePlanImport,
  untrustedOptions: FhirImportOptions,
): Result<CarePlan, FhirImportError> {
  const request = parseImportRequest(
    'CarePlan',
    CarePlanImportInput,
    untrustedInput,
    untrustedOptions,
  );
  if (!request.ok) return request;
  const { parts: input, options } = request.value;
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

  const confidences = readConfidences(input.observations ?? [], issues);
  const actionPlans = readActionPlans(cp, details, confidences, createdAt, issues);
  const whatMattersToMe = readWhatMattersToMe(cp, details, issues);

  const candidate = compact({
    appointments: [],
    preparation: { reminders: [] },
    supportContacts: [],
    reviews: [],
    revision: 1,
    updatedAt: typeof cp.meta?.lastUpdated === 'string' ? cp.meta.lastUpdated : createdAt,
    ...details,
    schemaVersion: 2,
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

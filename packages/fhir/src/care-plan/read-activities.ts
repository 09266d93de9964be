import { CheckInSchema, isLowConfidence } from '@livewell/core';
import * as z from 'zod';
import { readActor } from '../shared/actor.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput } from '../shared/fhir-input.js';
import { importIssue } from '../shared/import-error.js';
import { type IssueList, readReferenceId } from '../shared/read.js';
import { identifierSystem } from '../shared/systems.js';
import { type FhirCarePlanIn, FhirConfidenceInput } from './input.js';
import { MEASUREMENT_IDENTIFIER_KIND, measurementIdentifierValue } from './measurement.js';
import { activityStatus } from './status.js';

/** The entry of a details list (`actionPlans`, `whatMattersToMe`) with the given id, or `{}`. */
const byId = (list: unknown, id: string): Record<string, unknown> =>
  (Array.isArray(list) ? list : []).find(
    (x): x is Record<string, unknown> =>
      typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id,
  ) ?? {};

/** A check-in's measured value read from its Observation. */
interface ReadMeasurement {
  readonly value: number;
  readonly assessmentId?: string | undefined;
}

/** What a plan's Observations say: confidence by action-plan id, measurements by `<action>#<n>`. */
export interface PlanObservations {
  readonly confidences: Map<string, number>;
  readonly measurements: Map<string, ReadMeasurement>;
}

/** Confidence ratings and check-in measurements read from the plan's Observations. */
export function readConfidences(
  observations: readonly unknown[],
  issues: IssueList,
): PlanObservations {
  const confidences = new Map<string, number>();
  const measurements = new Map<string, ReadMeasurement>();
  for (const [i, o] of observations.entries()) {
    const path = `Observation[${i}]`;
    const r = parseFhirInput(path, FhirConfidenceInput, o);
    if (!r.ok) {
      issues.push(...r.error.issues);
      continue;
    }
    const ids = r.value.identifier ?? [];
    const confidence = ids.find((x) => x.system === identifierSystem('action-plan-confidence'));
    const measured = ids.find((x) => x.system === identifierSystem(MEASUREMENT_IDENTIFIER_KIND));
    if (confidence?.value && r.value.valueInteger !== undefined) {
      confidences.set(confidence.value, r.value.valueInteger);
    } else if (measured?.value && r.value.valueQuantity !== undefined) {
      const from = r.value.derivedFrom?.[0];
      const assessmentId = from
        ? from.identifier?.system === identifierSystem('assessment')
          ? from.identifier.value
          : readReferenceId(
              from,
              'QuestionnaireResponse',
              'assessment',
              `${path}.derivedFrom[0]`,
              issues,
            )
        : undefined;
      measurements.set(
        measured.value,
        compact({ value: r.value.valueQuantity.value, assessmentId }),
      );
    } else {
      issues.push(
        importIssue(
          'broken-reference',
          path,
          'not a livewell action-plan confidence or check-in measurement',
        ),
      );
    }
  }
  return { confidences, measurements };
}

/** The check-ins of the details with each measured value put back from its Observation. */
function withMeasurements(
  actionPlanId: string,
  checkIns: unknown,
  measurements: ReadonlyMap<string, ReadMeasurement>,
): unknown {
  if (!Array.isArray(checkIns)) return checkIns;
  return checkIns.map((c: unknown, i) => {
    const m = measurements.get(measurementIdentifierValue(actionPlanId, i));
    return m === undefined || typeof c !== 'object' || c === null ? c : { ...c, measurement: m };
  });
}

/** Action plans read from the plan's activities, their details and confidence ratings. */
export function readActionPlans(
  cp: FhirCarePlanIn,
  details: Record<string, unknown>,
  observed: PlanObservations,
  createdAt: string,
  issues: IssueList,
): Record<string, unknown>[] {
  const actionPlans = (cp.activity ?? []).map((a, i) => {
    const at = `CarePlan.activity[${i}]`;
    if (!a.id)
      issues.push(
        importIssue('missing-element', `${at}.id`, 'activity has no livewell action-plan id'),
      );
    const extra = byId(details.actionPlans, a.id ?? '');
    const confidence = observed.confidences.get(a.id ?? '');
    // Malformed check-ins are reported by the core parser at the end; the status is then moot.
    const checkIns = z.array(CheckInSchema).safeParse(extra.checkIns ?? []);
    if (checkIns.success && a.detail.status !== activityStatus(checkIns.data)) {
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
      ...(Array.isArray(extra.checkIns)
        ? { checkIns: withMeasurements(a.id ?? '', extra.checkIns, observed.measurements) }
        : {}),
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
  const checkInCounts = new Map(
    (cp.activity ?? []).map((a) => {
      const list = byId(details.actionPlans, a.id ?? '').checkIns;
      return [a.id ?? '', Array.isArray(list) ? list.length : 0];
    }),
  );
  for (const key of observed.measurements.keys()) {
    const cut = key.lastIndexOf('#');
    const n = Number(key.slice(cut + 1));
    if (!(n >= 1 && n <= (checkInCounts.get(key.slice(0, cut)) ?? 0))) {
      issues.push(
        importIssue('broken-reference', 'Observation', `measurement for unknown check-in '${key}'`),
      );
    }
  }
  for (const id of observed.confidences.keys()) {
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

  return actionPlans;
}

/** "What matters to me" statements read from the plan's notes. */
export function readWhatMattersToMe(
  cp: FhirCarePlanIn,
  details: Record<string, unknown>,
  issues: IssueList,
): Record<string, unknown>[] {
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
  return whatMattersToMe;
}

import { CheckInSchema, isLowConfidence } from '@livewell/core';
import * as z from 'zod';
import { readActor } from '../shared/actor.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput } from '../shared/fhir-input.js';
import { importIssue } from '../shared/import-error.js';
import { type IssueList, readReferenceId } from '../shared/read.js';
import { identifierSystem } from '../shared/systems.js';
import { type FhirCarePlanIn, FhirConfidenceInput } from './input.js';
import { activityStatus } from './status.js';

/** The entry of a details list (`actionPlans`, `whatMattersToMe`) with the given id, or `{}`. */
const byId = (list: unknown, id: string): Record<string, unknown> =>
  (Array.isArray(list) ? list : []).find(
    (x): x is Record<string, unknown> =>
      typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id,
  ) ?? {};

/** Confidence ratings by action-plan id, read from confidence Observations. */
export function readConfidences(
  observations: readonly unknown[],
  issues: IssueList,
): Map<string, number> {
  const confidences = new Map<string, number>();
  for (const [i, o] of observations.entries()) {
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

  return confidences;
}

/** Action plans read from the plan's activities, their details and confidence ratings. */
export function readActionPlans(
  cp: FhirCarePlanIn,
  details: Record<string, unknown>,
  confidences: ReadonlyMap<string, number>,
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
    const confidence = confidences.get(a.id ?? '');
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

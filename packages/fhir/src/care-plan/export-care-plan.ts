import type { ActionPlan, CarePlan, WhatMattersToMe } from '@livewell/core';
import type {
  Annotation,
  CarePlanActivity,
  CarePlan as FhirCarePlan,
  CareTeam as FhirCareTeam,
  Goal as FhirGoal,
  Observation,
} from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { detailsExtension } from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { carerParticipant, careTeamResource, memberParticipant } from './care-team.js';
import { toFhirConfidence } from './confidence.js';
import { goalReference, toFhirGoal } from './goal.js';
import { toFhirMeasurements } from './measurement.js';
import { activityStatus, toFhirCarePlanStatus } from './status.js';

/** The FHIR resources one care and support plan becomes. */
export interface CarePlanResources {
  readonly carePlan: FhirCarePlan;
  readonly goals: readonly FhirGoal[];
  /** Present when the plan names care-team members or carers. */
  readonly careTeam?: FhirCareTeam;
  /** One confidence Observation per rated action plan, then one per measured check-in. */
  readonly observations: readonly Observation[];
}

/** The category text used for every livewell plan (UK Core must-support `category`). */
export const CARE_PLAN_CATEGORY_TEXT = 'Personalised care and support plan';

/** The id of the CareTeam resource written for a plan's care team. */
export const planCareTeamId = (planId: string): string => `${planId}.care-team`;

function authorOf(w: WhatMattersToMe): Pick<Annotation, 'authorReference' | 'authorString'> {
  return w.recordedBy.kind === 'system'
    ? { authorString: w.recordedBy.name }
    : { authorReference: actorReference(w.recordedBy) };
}

function scheduleText(action: ActionPlan): string | undefined {
  const parts = [action.howMuch, action.when, action.howOften].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function activity(plan: CarePlan, action: ActionPlan): CarePlanActivity {
  const detail: NonNullable<CarePlanActivity['detail']> = {
    status: activityStatus(action.checkIns),
    description: action.what,
  };
  const schedule = scheduleText(action);
  if (schedule !== undefined) detail.scheduledString = schedule;
  if (action.goalId) detail.goal = [goalReference(plan, action.goalId)];
  if (action.owner) detail.performer = [actorReference(action.owner)];
  return { id: action.id, detail };
}

/** The livewell-only parts of an action plan (kept in the plan's details extension). */
function actionDetails(action: ActionPlan): Record<string, unknown> {
  const { goalId: _g, what: _w, owner: _o, confidence: _c, ...rest } = action;
  // A check-in's measured value is an Observation of its own (toFhirMeasurement).
  return { ...rest, checkIns: rest.checkIns.map(({ measurement: _m, ...c }) => c) };
}

/**
 * A care and support plan as FHIR R4: a `CarePlan` (`intent: plan`, status from the lifecycle,
 * what matters to me as notes, action plans as activities, `replaces` for a revised version),
 * one `Goal` per goal, a `CareTeam`, and confidence `Observation`s. Facts FHIR has no element
 * for (preparation, appointments, reviews, contingency plan, check-ins…) travel in the
 * livewell-details extension so that a livewell → FHIR → livewell round trip is lossless.
 *
 * @example
 * const { carePlan, goals } = toFhirCarePlan(plan);
 */
export function toFhirCarePlan(plan: CarePlan): CarePlanResources {
  const { careTeam: team } = plan;
  const hasTeam = team.members.length > 0 || team.carers.length > 0;
  const resource: FhirCarePlan = {
    resourceType: 'CarePlan',
    id: fhirId(plan.id),
    identifier: [livewellIdentifier('care-plan', plan.id)],
    extension: [
      { url: LivewellExtensions.state, valueCode: plan.state },
      { url: LivewellExtensions.tenant, valueString: plan.tenantId },
      ...detailsExtension({
        revision: plan.revision,
        supersededBy: plan.supersededBy,
        updatedAt: plan.updatedAt,
        appointments: plan.appointments,
        preparation: plan.preparation,
        conversationStartedAt: plan.conversationStartedAt,
        contingencyPlan: plan.contingencyPlan,
        supportContacts: plan.supportContacts,
        reviews: plan.reviews,
        reviewDate: plan.reviewDate,
        pausedReason: plan.pausedReason,
        endReason: plan.endReason,
        whatMattersToMe: plan.whatMattersToMe.map((w) => ({ id: w.id, inOwnWords: w.inOwnWords })),
        actionPlans: plan.actionPlans.map(actionDetails),
      }),
    ],
    status: toFhirCarePlanStatus(plan.state),
    intent: 'plan',
    category: [{ text: CARE_PLAN_CATEGORY_TEXT }],
    subject: referenceTo('Patient', 'person', plan.personId),
    created: plan.createdAt,
  };
  if (plan.agreedAt !== undefined) resource.period = { start: plan.agreedAt };
  if (plan.replaces !== undefined) {
    resource.replaces = [referenceTo('CarePlan', 'care-plan', plan.replaces)];
  }
  if (hasTeam)
    resource.careTeam = [referenceTo('CareTeam', 'plan-care-team', planCareTeamId(plan.id))];
  if (plan.goals.length > 0)
    resource.goal = plan.goals.map((g) => referenceTo('Goal', 'goal', g.id));
  if (plan.actionPlans.length > 0)
    resource.activity = plan.actionPlans.map((a) => activity(plan, a));
  if (plan.whatMattersToMe.length > 0) {
    resource.note = plan.whatMattersToMe.map((w) => ({
      id: w.id,
      text: w.text,
      time: w.recordedAt,
      ...authorOf(w),
    }));
  }
  const careTeam = hasTeam
    ? careTeamResource({
        identifierKind: 'plan-care-team',
        id: planCareTeamId(plan.id),
        personId: plan.personId,
        tenantId: plan.tenantId,
        status:
          plan.state === 'entered-in-error'
            ? 'entered-in-error'
            : plan.state === 'superseded' || plan.state === 'withdrawn'
              ? 'inactive'
              : 'active',
        participants: [
          ...team.members.map(memberParticipant),
          ...team.carers.map(carerParticipant),
        ],
      })
    : undefined;
  return {
    carePlan: resource,
    goals: plan.goals.map((g) => toFhirGoal(g, plan.personId)),
    ...(careTeam ? { careTeam } : {}),
    observations: [
      ...plan.actionPlans
        .map((a) => toFhirConfidence(plan, a))
        .filter((o): o is Observation => o !== undefined),
      ...toFhirMeasurements(plan),
    ],
  };
}

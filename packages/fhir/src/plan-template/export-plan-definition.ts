import type { PlanTemplate, TemplateGoal } from '@livewell/core';
import type { PlanDefinition, PlanDefinitionAction, PlanDefinitionGoal } from '@medplum/fhirtypes';
import { GOAL_DOMAIN_SYSTEM } from '../care-plan/goal.js';
import { goalMeasureConcept } from '../care-plan/goal-measure.js';
import { toFhirCoding } from '../shared/coding.js';
import { fhirId, livewellIdentifier } from '../shared/ids.js';
import { detailsExtension } from '../shared/read.js';
import { FhirSystems, LIVEWELL_FHIR_BASE } from '../shared/systems.js';

/** The canonical URL of a plan template's PlanDefinition. */
export const planDefinitionUrl = (templateId: string): string =>
  `${LIVEWELL_FHIR_BASE}/PlanDefinition/${templateId}`;

/** The ids of the actions every template's PlanDefinition has, in order. */
export const PLAN_ACTION_IDS = {
  gather: 'information-gathering',
  prepare: 'preparation',
  conversation: 'conversation',
  review: 'review',
} as const;

/** The element id of the `index`-th usual goal (`goal-1`, …), which actions name in `goalId`. */
export const templateGoalId = (index: number): string => `goal-${index + 1}`;

const days = (value: number) => ({ value, unit: 'days', system: FhirSystems.ucum, code: 'd' });
const months = (value: number) => ({ value, unit: 'months', system: FhirSystems.ucum, code: 'mo' });

function goal(g: TemplateGoal, index: number): PlanDefinitionGoal {
  const out: PlanDefinitionGoal = {
    id: templateGoalId(index),
    extension: detailsExtension({ owner: g.owner, key: g.measure?.key }),
    category: { coding: [{ system: GOAL_DOMAIN_SYSTEM, code: g.domain }] },
    description: { text: g.description },
  };
  if (g.measure !== undefined) {
    out.target = [
      {
        measure: goalMeasureConcept(g.measure),
        detailQuantity: { value: g.measure.target, unit: g.measure.unit },
      },
    ];
  }
  return out;
}

/**
 * A plan template as an R4 `PlanDefinition` (type `clinical-protocol`, status `active`): the
 * condition as `useContext` (focus), the usual goals as `goal` (words, biopsychosocial domain,
 * the measure's what, unit and target as `target`; whose goal and the measure's baseline key in
 * the livewell details), and four actions: gather the results (one sub-action each), send
 * results and agenda prompts `preparationLeadTimeDays` before the conversation, the
 * conversation (with every usual goal), and the review `reviewIntervalMonths` after it.
 *
 * @example
 * const pd = toFhirPlanDefinition(copdReview);
 */
export function toFhirPlanDefinition(template: PlanTemplate): PlanDefinition {
  const goals = template.usualGoals.map(goal);
  const conversation: PlanDefinitionAction = {
    id: PLAN_ACTION_IDS.conversation,
    title: 'Care and support planning conversation',
  };
  if (goals.length > 0) conversation.goalId = goals.map((g) => g.id ?? '');
  const out: PlanDefinition = {
    resourceType: 'PlanDefinition',
    id: fhirId(template.id),
    url: planDefinitionUrl(template.id),
    identifier: [livewellIdentifier('plan-template', template.id)],
    title: template.title,
    type: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/plan-definition-type',
          code: 'clinical-protocol',
          display: 'Clinical Protocol',
        },
      ],
    },
    status: 'active',
    action: [
      {
        id: PLAN_ACTION_IDS.gather,
        title: 'Gather information',
        action: template.informationGathering.map((title) => ({ title })),
      },
      {
        id: PLAN_ACTION_IDS.prepare,
        title: 'Send results and agenda prompts',
        relatedAction: [
          {
            actionId: PLAN_ACTION_IDS.conversation,
            relationship: 'before-start',
            offsetDuration: days(template.preparationLeadTimeDays),
          },
        ],
      },
      conversation,
      {
        id: PLAN_ACTION_IDS.review,
        title: 'Review',
        relatedAction: [
          {
            actionId: PLAN_ACTION_IDS.conversation,
            relationship: 'after-end',
            offsetDuration: months(template.reviewIntervalMonths),
          },
        ],
      },
    ],
  };
  if (goals.length > 0) out.goal = goals;
  if (template.condition !== undefined) {
    out.useContext = [
      {
        code: { system: 'http://terminology.hl7.org/CodeSystem/usage-context-type', code: 'focus' },
        valueCodeableConcept: { coding: [toFhirCoding(template.condition)] },
      },
    ];
  }
  return out;
}

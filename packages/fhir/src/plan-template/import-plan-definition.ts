import { makeParser, type PlanTemplate, PlanTemplateSchema, type Result } from '@livewell/core';
import { GOAL_DOMAIN_SYSTEM } from '../care-plan/goal.js';
import { instrumentOfConcept } from '../care-plan/goal-measure.js';
import { fromFhirCoding } from '../shared/coding.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput } from '../shared/fhir-input.js';
import { type FhirImportError, importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { PLAN_ACTION_IDS } from './export-plan-definition.js';
import { type FhirPlanDefinitionIn, FhirPlanDefinitionInput } from './input.js';

const parseTemplate = makeParser('PlanTemplate', PlanTemplateSchema);

type Action = FhirPlanDefinitionIn['action'][number];

/** The offset of a timed action (`preparation`, `review`) in the UCUM unit livewell writes. */
function offset(action: Action | undefined, code: 'd' | 'mo', path: string, issues: IssueList) {
  const d = action?.relatedAction?.[0]?.offsetDuration;
  if (d === undefined || d.code !== code) {
    issues.push(
      importIssue('missing-element', `${path}.relatedAction`, `an offset in '${code}' is required`),
    );
    return undefined;
  }
  return d.value;
}

function readGoals(pd: FhirPlanDefinitionIn, issues: IssueList): unknown[] {
  return (pd.goal ?? []).map((g, i) => {
    const path = `PlanDefinition.goal[${i}]`;
    checkExtensions(g.extension, [LivewellExtensions.details], path, issues);
    const details = readDetails(g.extension, path, issues);
    const t = g.target?.[0];
    if (t !== undefined && typeof details.key !== 'string') {
      issues.push(
        importIssue('missing-element', `${path}.extension`, 'the measure has no baseline key'),
      );
    }
    return compact({
      description: g.description.text,
      domain: g.category?.coding?.find((c) => c.system === GOAL_DOMAIN_SYSTEM)?.code,
      owner: details.owner ?? 'shared',
      measure:
        t === undefined
          ? undefined
          : compact({
              key: details.key,
              what: t.measure.text,
              unit: t.detailQuantity.unit,
              target: t.detailQuantity.value,
              instrumentId: instrumentOfConcept(t.measure),
            }),
    });
  });
}

/**
 * Reads a plan template back from a `PlanDefinition` written by {@link toFhirPlanDefinition}:
 * the title, condition, usual goals, results to gather, preparation lead time and review
 * interval. Actions livewell does not define are reported, never dropped; never throws.
 *
 * @example
 * const t = fromFhirPlanDefinition(toFhirPlanDefinition(copdReview));
 */
export function fromFhirPlanDefinition(untrusted: unknown): Result<PlanTemplate, FhirImportError> {
  const parsed = parseFhirInput('PlanDefinition', FhirPlanDefinitionInput, untrusted);
  if (!parsed.ok) return parsed;
  const pd = parsed.value;
  const issues: IssueList = [];
  checkExtensions(pd.extension, [], 'PlanDefinition', issues);
  const byId = new Map<string, Action>();
  for (const [i, a] of pd.action.entries()) {
    const known = Object.values(PLAN_ACTION_IDS).some((id) => id === a.id);
    if (!known || a.id === undefined || byId.has(a.id)) {
      issues.push(
        importIssue('unrepresentable', `PlanDefinition.action[${i}]`, 'not a livewell plan step'),
      );
    } else byId.set(a.id, a);
  }
  const gather = byId.get(PLAN_ACTION_IDS.gather);
  if (!gather)
    issues.push(
      importIssue('missing-element', 'PlanDefinition.action', 'no information gathering'),
    );
  const condition = pd.useContext?.[0]?.valueCodeableConcept.coding?.[0];
  const candidate = compact({
    id: readRecordId(pd, 'plan-template', 'PlanDefinition', issues),
    title: pd.title,
    condition: condition ? fromFhirCoding(condition) : undefined,
    informationGathering: (gather?.action ?? []).map((a) => a.title),
    usualGoals: readGoals(pd, issues),
    reviewIntervalMonths: offset(
      byId.get(PLAN_ACTION_IDS.review),
      'mo',
      'PlanDefinition.action(review)',
      issues,
    ),
    preparationLeadTimeDays: offset(
      byId.get(PLAN_ACTION_IDS.prepare),
      'd',
      'PlanDefinition.action(preparation)',
      issues,
    ),
  });
  return finishImport('PlanDefinition', issues, parseTemplate, candidate);
}

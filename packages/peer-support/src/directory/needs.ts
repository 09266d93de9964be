import type { Coding } from '@livewell/core';

/** The code system of livewell's small vocabulary of support needs. */
export const SUPPORT_NEED_SYSTEM = 'https://livewell.dev/fhir/CodeSystem/support-need';

const need = (code: string, display: string): Coding => ({
  system: SUPPORT_NEED_SYSTEM,
  code,
  display,
});

/**
 * Support needs a directory service can serve — a starter vocabulary; directories may use any
 * taxonomy (an ORUK taxonomy, SNOMED CT) since services carry plain codings.
 */
export const supportNeeds = {
  physicalActivity: need('physical-activity', 'physical activity'),
  weight: need('weight', 'weight management'),
  healthyEating: need('healthy-eating', 'healthy eating'),
  loneliness: need('loneliness', 'loneliness and isolation'),
  mentalWellbeing: need('mental-wellbeing', 'mental wellbeing'),
  peerSupport: need('peer-support', 'peer support'),
  selfManagement: need('self-management', 'self-management education'),
  carers: need('carers', 'support for carers'),
  moneyAdvice: need('money-advice', 'money and benefits advice'),
  stopSmoking: need('stop-smoking', 'stopping smoking'),
} as const satisfies Record<string, Coding>;

/**
 * Words in a goal (lower case, matched at word starts) and the needs they point to, for
 * turning "lose weight" into physical activity, weight management and healthy eating.
 */
export const goalKeywords: readonly (readonly [string, readonly Coding[]])[] = [
  ['weight', [supportNeeds.weight, supportNeeds.physicalActivity, supportNeeds.healthyEating]],
  ['walk', [supportNeeds.physicalActivity]],
  ['exercis', [supportNeeds.physicalActivity]],
  ['active', [supportNeeds.physicalActivity]],
  ['fit', [supportNeeds.physicalActivity]],
  ['lonel', [supportNeeds.loneliness, supportNeeds.peerSupport]],
  ['isolat', [supportNeeds.loneliness]],
  ['friend', [supportNeeds.loneliness, supportNeeds.peerSupport]],
  ['people', [supportNeeds.peerSupport]],
  ['eat', [supportNeeds.healthyEating]],
  ['diet', [supportNeeds.healthyEating]],
  ['cook', [supportNeeds.healthyEating]],
  ['stress', [supportNeeds.mentalWellbeing]],
  ['anxi', [supportNeeds.mentalWellbeing]],
  ['mood', [supportNeeds.mentalWellbeing]],
  ['sleep', [supportNeeds.mentalWellbeing]],
  ['smok', [supportNeeds.stopSmoking]],
  ['money', [supportNeeds.moneyAdvice]],
  ['debt', [supportNeeds.moneyAdvice]],
  ['benefit', [supportNeeds.moneyAdvice]],
  ['carer', [supportNeeds.carers]],
  ['caring', [supportNeeds.carers]],
  ['manag', [supportNeeds.selfManagement]],
  ['understand', [supportNeeds.selfManagement]],
];

import type { PlanTemplate } from '@livewell/core';

/**
 * Worked template: the type 2 diabetes annual review. Results gathered beforehand follow the
 * NICE NG28 / National Diabetes Audit care processes; the usual goals are starting points the
 * person rewords. HbA1c target 53 mmol/mol (NICE's target when a drug that can cause
 * hypoglycaemia is used; 48 otherwise — change the copy to suit the person).
 */
export const type2DiabetesAnnualReview: PlanTemplate = {
  id: 't2dm-annual-review',
  title: 'Type 2 diabetes annual review',
  condition: {
    system: 'http://snomed.info/sct',
    code: '44054006',
    display: 'Type 2 diabetes mellitus',
  },
  informationGathering: [
    'HbA1c',
    'blood pressure',
    'cholesterol',
    'kidney function (eGFR) and urine albumin:creatinine ratio',
    'foot check',
    'weight and BMI',
    'smoking status',
    'retinal screening date',
  ],
  usualGoals: [
    {
      description: 'Bring my blood sugar (HbA1c) down',
      domain: 'biological',
      owner: 'shared',
      measure: { key: 'hba1c', what: 'HbA1c', unit: 'mmol/mol', target: 53 },
    },
    {
      description: 'Look after my feet and avoid foot ulcers',
      domain: 'biological',
      owner: 'person',
    },
    {
      description: 'Be more active',
      domain: 'biological',
      owner: 'person',
      measure: {
        key: 'active-minutes',
        what: 'moderate activity',
        unit: 'minutes a week',
        target: 150,
      },
    },
  ],
  reviewIntervalMonths: 12,
  preparationLeadTimeDays: 7,
};

/**
 * Worked template: the COPD review. Results gathered beforehand: spirometry, breathlessness
 * (MRC dyspnoea grade 1–5, lower is better), flare-ups in the past year, inhaler technique,
 * oxygen saturation, smoking status, BMI, vaccinations.
 */
export const copdReview: PlanTemplate = {
  id: 'copd-review',
  title: 'COPD review',
  condition: {
    system: 'http://snomed.info/sct',
    code: '13645005',
    display: 'Chronic obstructive lung disease',
  },
  informationGathering: [
    'spirometry (FEV1)',
    'MRC breathlessness grade',
    'flare-ups and courses of steroids or antibiotics in the past year',
    'inhaler technique check',
    'oxygen saturation',
    'smoking status',
    'weight and BMI',
    'flu and pneumococcal vaccinations',
  ],
  usualGoals: [
    {
      description: 'Walk further without getting out of breath',
      domain: 'biological',
      owner: 'person',
      measure: { key: 'mrc', what: 'MRC breathlessness grade', unit: 'grade (1–5)', target: 2 },
    },
    {
      description: 'Know what to do when my chest gets worse',
      domain: 'biological',
      owner: 'shared',
    },
    {
      description: 'Stop smoking',
      domain: 'biological',
      owner: 'person',
      measure: { key: 'cigarettes', what: 'cigarettes', unit: 'a day', target: 0 },
    },
  ],
  reviewIntervalMonths: 12,
  preparationLeadTimeDays: 7,
};

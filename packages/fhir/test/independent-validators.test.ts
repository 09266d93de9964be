import { shippedInstruments } from '@livewell/activation';
import { raisedFlagArb, taskArb } from '@livewell/core/testing';
import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFhirTransactionBundle } from '../src/bundle/transaction-bundle.js';
import { toFhirTask } from '../src/task/export-task.js';
import { toFhirFlagObservation } from '../src/task/flag-observation.js';
import {
  expectValidByIndependentValidators,
  invariantIssues,
  jsonSchemaIssues,
} from './independent-validators.js';
import { recordArb } from './records.js';
import { expectValidFhir } from './validate-fhir.js';

/** Every resource type livewell exports. */
const EXPORTED = [
  'Bundle',
  'CarePlan',
  'CareTeam',
  'Goal',
  'HealthcareService',
  'Location',
  'Observation',
  'Organization',
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'Questionnaire',
  'QuestionnaireResponse',
  'RelatedPerson',
  'ServiceRequest',
  'Task',
];

describe('the independent validators (R4 JSON Schema + fhirpath.js invariants)', () => {
  it('catch an unknown property, a missing subject and a broken invariant', () => {
    const bad = {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'walk' },
      target: [{ detailInteger: 3 }],
      extension: [{ url: 'https://example.org/no-value' }],
      colour: 'blue',
    } as unknown as Resource;
    const schema = jsonSchemaIssues(bad).join('\n');
    expect(schema).toMatch(/colour/);
    expect(schema).toMatch(/subject/);
    const invariants = invariantIssues(bad).join('\n');
    expect(invariants).toMatch(/gol-1/);
    expect(invariants).toMatch(/ext-1/);
  }, 600_000);

  it('accept every resource type livewell exports, as Medplum’s validator does', () => {
    const seen = new Set<string>();
    const check = (resource: Resource) => {
      seen.add(resource.resourceType);
      expectValidFhir(resource);
      expectValidByIndependentValidators(resource);
    };
    const records = fc.sample(recordArb, { seed: 13, numRuns: 12 });
    for (const [i, record] of records.entries()) {
      const r = toFhirTransactionBundle(
        { ...record, ...(i === 0 ? { instruments: Object.values(shippedInstruments) } : {}) },
        { baseUrl: 'https://fhir.example.org/R4' },
      );
      if (!r.ok) throw new Error('export failed');
      for (const e of r.value.entry ?? []) if (e.resource) check(e.resource);
      // The whole Bundle too (the JSON Schema checks its entries again, as a server would).
      expect(jsonSchemaIssues(r.value)).toEqual([]);
      seen.add('Bundle');
    }
    for (const task of fc.sample(taskArb, { seed: 13, numRuns: 10 })) check(toFhirTask(task));
    const [record] = records;
    const assessment = record?.assessments[0];
    if (assessment) {
      for (const flag of fc.sample(raisedFlagArb, { seed: 13, numRuns: 3 })) {
        check(toFhirFlagObservation(assessment, flag));
      }
    }
    expect([...seen].sort()).toEqual(EXPORTED);
  }, 600_000);
});

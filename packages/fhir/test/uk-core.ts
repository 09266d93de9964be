/**
 * UK Core must-support elements (from NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN at 3d2827e,
 * 2025-06-20, structuredefinitions/UKCore-<Name>.xml differentials) and a check that an
 * exported resource populates the ones livewell has data for. See docs/fhir.md.
 */
import type { Resource } from '@medplum/fhirtypes';
import { expect } from 'vitest';

/** Every must-support element in each UK Core profile's differential. */
export const ukCoreMustSupport = {
  CarePlan: ['status', 'intent', 'category', 'subject'],
  CareTeam: ['status', 'subject', 'participant', 'participant.role', 'participant.member'],
  QuestionnaireResponse: [
    'identifier',
    'questionnaire',
    'status',
    'subject',
    'authored',
    'author',
    'item',
    'item.linkId',
    'item.answer',
  ],
  ServiceRequest: [
    'basedOn',
    'status',
    'intent',
    'category',
    'priority',
    'code',
    'subject',
    'authoredOn',
    'requester',
  ],
  Observation: [
    'status',
    'category',
    'code',
    'subject',
    'effective[x]',
    'performer',
    'value[x]',
    'component',
  ],
  Task: [
    'status',
    'intent',
    'code',
    'focus',
    'for',
    'authoredOn',
    'requester',
    'owner',
    'reasonCode',
    'reasonReference',
    'restriction',
    'restriction.period',
    'input',
  ],
} as const;

function present(node: unknown, path: readonly string[]): boolean {
  if (path.length === 0) return node !== undefined;
  if (Array.isArray(node)) return node.length > 0 && node.every((n) => present(n, path));
  if (node === null || typeof node !== 'object') return false;
  const [head, ...rest] = path as [string, ...string[]];
  const record = node as Record<string, unknown>;
  if (head.endsWith('[x]')) {
    const prefix = head.slice(0, -3);
    return Object.keys(record).some((k) => k.startsWith(prefix) && present(record[k], rest));
  }
  return present(record[head], rest);
}

/** Asserts every listed must-support element is populated on `resource`. */
export function expectMustSupport(resource: Resource, paths: readonly string[]): void {
  const missing = paths.filter((p) => !present(resource, p.split('.')));
  expect(missing, `${resource.resourceType} must-support elements`).toEqual([]);
}

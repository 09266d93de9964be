import type { Actor, PractitionerRole } from '@livewell/core';
import { PractitionerRoleSchema } from '@livewell/core';
import type { Patient, Practitioner, Reference, RelatedPerson } from '@medplum/fhirtypes';
import type { FhirReferenceIn } from './fhir-input.js';
import { referenceTo } from './ids.js';
import { importIssue } from './import-error.js';
import { findExtension, type IssueList, readReferenceId } from './read.js';
import { codeSystem, extensionUrl } from './systems.js';

/** Extension on a Practitioner reference: the role the practitioner acted in. */
export const ACTOR_ROLE_URL = extensionUrl('actor-role');
/** Extension on a RelatedPerson reference: the person the carer acted for. */
export const ON_BEHALF_OF_URL = extensionUrl('on-behalf-of');
/** Extension on a display-only reference: the actor was a system (an integration, a job). */
export const SYSTEM_ACTOR_URL = extensionUrl('system-actor');

/** The livewell code system for practitioner roles. */
export const PRACTITIONER_ROLE_SYSTEM = codeSystem('practitioner-role');

/**
 * An {@link Actor} as a FHIR reference: the person → Patient, a carer → RelatedPerson (with
 * the person they act for), a practitioner → Practitioner (with their role), a system →
 * a display-only reference marked as a system.
 */
export function actorReference(actor: Actor): Reference<Patient | RelatedPerson | Practitioner> {
  switch (actor.kind) {
    case 'person':
      return referenceTo('Patient', 'person', actor.personId);
    case 'carer':
      return {
        ...referenceTo('RelatedPerson', 'carer', actor.carerId),
        extension: [
          {
            url: ON_BEHALF_OF_URL,
            valueReference: referenceTo('Patient', 'person', actor.onBehalfOf),
          },
        ],
      };
    case 'practitioner':
      return {
        ...referenceTo('Practitioner', 'practitioner', actor.practitionerId),
        extension: [{ url: ACTOR_ROLE_URL, valueCode: actor.role }],
      };
    case 'system':
      return { display: actor.name, extension: [{ url: SYSTEM_ACTOR_URL, valueBoolean: true }] };
  }
}

/** Reads an {@link Actor} back from a reference written by {@link actorReference}. */
export function readActor(
  ref: FhirReferenceIn,
  path: string,
  issues: IssueList,
): Actor | undefined {
  const known = [ACTOR_ROLE_URL, ON_BEHALF_OF_URL, SYSTEM_ACTOR_URL];
  for (const [i, e] of (ref.extension ?? []).entries()) {
    if (!known.includes(e.url)) {
      issues.push(
        importIssue('unrepresentable', `${path}.extension[${i}]`, `unknown extension ${e.url}`),
      );
    }
  }
  if (findExtension(ref.extension, SYSTEM_ACTOR_URL)?.valueBoolean === true) {
    if (!ref.display)
      issues.push(importIssue('missing-element', `${path}.display`, 'system actor has no name'));
    return { kind: 'system', name: ref.display ?? '' };
  }
  const type = ref.reference?.match(/(?:^|\/)([A-Za-z]+)\/[^/]+$/)?.[1];
  switch (type) {
    case 'Patient':
      return {
        kind: 'person',
        personId: readReferenceId(ref, 'Patient', 'person', path, issues) as never,
      };
    case 'RelatedPerson': {
      const onBehalf = findExtension(ref.extension, ON_BEHALF_OF_URL)?.valueReference;
      if (!onBehalf) {
        issues.push(
          importIssue('missing-element', `${path}.extension`, 'carer reference lacks on-behalf-of'),
        );
        return undefined;
      }
      return {
        kind: 'carer',
        carerId: readReferenceId(ref, 'RelatedPerson', 'carer', path, issues) as never,
        onBehalfOf: readReferenceId(
          onBehalf,
          'Patient',
          'person',
          `${path}.extension`,
          issues,
        ) as never,
      };
    }
    case 'Practitioner': {
      const role = PractitionerRoleSchema.safeParse(
        findExtension(ref.extension, ACTOR_ROLE_URL)?.valueCode,
      );
      if (!role.success) {
        issues.push(
          importIssue(
            'missing-element',
            `${path}.extension`,
            'practitioner reference lacks a livewell role',
          ),
        );
        return undefined;
      }
      return {
        kind: 'practitioner',
        practitionerId: readReferenceId(ref, 'Practitioner', 'practitioner', path, issues) as never,
        role: role.data as PractitionerRole,
      };
    }
    default:
      issues.push(
        importIssue(
          'broken-reference',
          path,
          'expected Patient, RelatedPerson, Practitioner or a system',
        ),
      );
      return undefined;
  }
}

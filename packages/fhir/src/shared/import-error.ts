import type { DomainError } from '@livewell/core';

/**
 * Why part of a FHIR resource could not be imported:
 * - `unsupported-code`: a code outside the value set we map (e.g. an unknown status);
 * - `missing-element`: an element livewell needs is absent;
 * - `unrepresentable`: the resource says something livewell's types cannot hold;
 * - `invalid-element`: an element is malformed (wrong type, bad date, bad id);
 * - `broken-reference`: a reference that does not point where it must.
 */
export type FhirImportIssueCode =
  | 'unsupported-code'
  | 'missing-element'
  | 'unrepresentable'
  | 'invalid-element'
  | 'broken-reference';

/** One problem in an imported resource, addressed by its FHIR path (e.g. `CarePlan.status`). */
export interface FhirImportIssue {
  readonly code: FhirImportIssueCode;
  readonly path: string;
  readonly message: string;
}

/** The error every `fromFhirX` returns: all problems found, never just the first. */
export interface FhirImportError extends DomainError<'fhir-import-failed'> {
  readonly resourceType: string;
  readonly issues: readonly FhirImportIssue[];
}

/** Builds a {@link FhirImportIssue}. */
export const importIssue = (
  code: FhirImportIssueCode,
  path: string,
  message: string,
): FhirImportIssue => ({ code, path, message });

/** Builds a {@link FhirImportError} from its issues (the message names the first). */
export function importError(
  resourceType: string,
  issues: readonly FhirImportIssue[],
): FhirImportError {
  const first = issues[0];
  return {
    code: 'fhir-import-failed',
    message: `Cannot import ${resourceType}${first ? `: ${first.path}: ${first.message}` : ''}`,
    resourceType,
    issues,
  };
}

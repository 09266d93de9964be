import { err, ok, type ParseError, type Result } from '@livewell/core';
import type { Extension } from '@medplum/fhirtypes';
import type { FhirExtensionIn, FhirReferenceIn } from './fhir-input.js';
import {
  type FhirImportError,
  type FhirImportIssue,
  importError,
  importIssue,
} from './import-error.js';
import { identifierSystem, LivewellExtensions } from './systems.js';

const LIVEWELL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Issues collected while reading one resource. */
export type IssueList = FhirImportIssue[];

/** A livewell id from the identifier of that kind, falling back to the FHIR `id`. */
export function readRecordId(
  resource: {
    id?: string | undefined;
    identifier?: { system?: string | undefined; value?: string | undefined }[] | undefined;
  },
  kind: string,
  path: string,
  issues: IssueList,
): string {
  const own = resource.identifier?.find((i) => i.system === identifierSystem(kind))?.value;
  const id = own ?? resource.id;
  if (id === undefined) {
    issues.push(
      importIssue('missing-element', `${path}.identifier`, `no ${kind} identifier or id`),
    );
    return '';
  }
  if (!LIVEWELL_ID.test(id) || id.length > 200) {
    issues.push(
      importIssue('invalid-element', `${path}.id`, `'${id}' is not a usable livewell id`),
    );
  }
  return id;
}

/** The livewell id a reference points at, checking the target resource type. */
export function readReferenceId(
  ref: FhirReferenceIn | undefined,
  type: string,
  kind: string,
  path: string,
  issues: IssueList,
): string {
  if (ref === undefined) {
    issues.push(importIssue('missing-element', path, `a reference to ${type} is required`));
    return '';
  }
  if (ref.identifier?.system === identifierSystem(kind) && ref.identifier.value) {
    return ref.identifier.value;
  }
  const match = ref.reference?.match(
    /^(?:[^?#]*\/)?([A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/.*)?$/,
  );
  if (!match || match[1] !== type) {
    issues.push(importIssue('broken-reference', path, `expected a reference to ${type}`));
    return '';
  }
  const id = match[2] as string;
  if (!LIVEWELL_ID.test(id)) {
    issues.push(importIssue('invalid-element', path, `'${id}' is not a usable livewell id`));
  }
  return id;
}

/** The value of the single extension with `url`, if any. */
export const findExtension = (
  extensions: readonly FhirExtensionIn[] | undefined,
  url: string,
): FhirExtensionIn | undefined => extensions?.find((e) => e.url === url);

/** Reports every extension whose URL livewell does not read (never dropped silently). */
export function checkExtensions(
  extensions: readonly FhirExtensionIn[] | undefined,
  known: readonly string[],
  path: string,
  issues: IssueList,
): void {
  for (const [i, e] of (extensions ?? []).entries()) {
    if (!known.includes(e.url)) {
      issues.push(
        importIssue('unrepresentable', `${path}.extension[${i}]`, `unknown extension ${e.url}`),
      );
    }
  }
}

/** The extension carrying livewell-only details as JSON, or none when there are none. */
export function detailsExtension(details: Readonly<Record<string, unknown>>): Extension[] {
  const kept = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length === 0
    ? []
    : [{ url: LivewellExtensions.details, valueString: JSON.stringify(kept) }];
}

/** Reads the livewell-details extension back (an empty object when absent). */
export function readDetails(
  extensions: readonly FhirExtensionIn[] | undefined,
  path: string,
  issues: IssueList,
): Record<string, unknown> {
  const text = findExtension(extensions, LivewellExtensions.details)?.valueString;
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  issues.push(
    importIssue('invalid-element', `${path}.extension`, 'livewell details are not a JSON object'),
  );
  return {};
}

/**
 * Ends an import: fails with every collected issue, or checks the assembled record with the
 * core parser (so a returned value is always a valid livewell record).
 */
export function finishImport<T>(
  resourceType: string,
  issues: IssueList,
  parse: (input: unknown) => Result<T, ParseError>,
  candidate: unknown,
): Result<T, FhirImportError> {
  if (issues.length > 0) return err(importError(resourceType, issues));
  const parsed = parse(candidate);
  if (parsed.ok) return ok(parsed.value);
  return err(
    importError(
      resourceType,
      parsed.error.issues.map((i) =>
        importIssue(
          'invalid-element',
          `${resourceType} → ${parsed.error.schema}.${i.path.join('.')}`,
          i.message,
        ),
      ),
    ),
  );
}

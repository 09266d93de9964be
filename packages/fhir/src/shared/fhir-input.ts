import type { TenantId } from '@livewell/core';
import { err, ok, type Result, TenantIdSchema } from '@livewell/core';
import * as z from 'zod';
import {
  type FhirImportError,
  type FhirImportIssue,
  importError,
  importIssue,
} from './import-error.js';
import { snapshotJson } from './snapshot.js';

/** A FHIR `Coding` as read from untrusted input (elements livewell does not keep are refused). */
export const FhirCodingInput = z.strictObject({
  system: z.string().min(1).optional(),
  code: z.string().min(1).optional(),
  display: z.string().optional(),
});

/** A FHIR `CodeableConcept` as read from untrusted input. */
export const FhirCodeableConceptInput = z.strictObject({
  coding: z.array(FhirCodingInput).optional(),
  text: z.string().optional(),
});

/** A FHIR `Identifier` (system + value; other parts are not kept). */
export const FhirIdentifierInput = z.strictObject({
  system: z.string().min(1).optional(),
  value: z.string().min(1).optional(),
});

/** A FHIR `Extension` with the value types livewell writes. */
export const FhirExtensionInput = z.strictObject({
  url: z.string().min(1),
  valueString: z.string().optional(),
  valueCode: z.string().optional(),
  valueInteger: z.number().int().optional(),
  valueBoolean: z.boolean().optional(),
  get valueReference() {
    return FhirReferenceInput.optional();
  },
});
/** A FHIR `Extension` as read. */
export type FhirExtensionIn = z.infer<typeof FhirExtensionInput>;

/** A FHIR `Reference` as read from untrusted input. */
export const FhirReferenceInput = z.strictObject({
  reference: z.string().min(1).optional(),
  identifier: FhirIdentifierInput.optional(),
  display: z.string().optional(),
  type: z.string().optional(),
  get extension() {
    return z.array(FhirExtensionInput).optional();
  },
});
/** A FHIR `Reference` as read. */
export type FhirReferenceIn = z.infer<typeof FhirReferenceInput>;

/** A FHIR `Period`. */
export const FhirPeriodInput = z.strictObject({
  start: z.string().optional(),
  end: z.string().optional(),
});

/** A FHIR `Annotation`. */
export const FhirAnnotationInput = z.strictObject({
  id: z.string().optional(),
  text: z.string(),
  time: z.string().optional(),
  authorString: z.string().optional(),
  authorReference: FhirReferenceInput.optional(),
  extension: z.array(FhirExtensionInput).optional(),
});

/**
 * Elements every resource may carry that the import reads or safely ignores: `id`, `meta`
 * (server bookkeeping) and `text` (the narrative, which is derived from the data).
 */
export const resourceBase = {
  id: z.string().optional(),
  meta: z.looseObject({}).optional(),
  text: z.looseObject({}).optional(),
  identifier: z.array(FhirIdentifierInput).optional(),
  extension: z.array(FhirExtensionInput).optional(),
};

function pathOf(resourceType: string, path: readonly PropertyKey[]): string {
  let out = resourceType;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** Converts zod issues into import issues with stable codes. */
export function toImportIssues(
  resourceType: string,
  issues: readonly z.core.$ZodIssue[],
): FhirImportIssue[] {
  return issues.flatMap((issue): FhirImportIssue[] => {
    const path = pathOf(resourceType, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) =>
          importIssue(
            'unrepresentable',
            `${path}.${key}`,
            'livewell has no place for this element',
          ),
        );
      case 'invalid_value':
        return [importIssue('unsupported-code', path, `unsupported code: ${issue.message}`)];
      case 'invalid_type':
        return issue.input === undefined
          ? [importIssue('missing-element', path, 'required element is missing')]
          : [importIssue('invalid-element', path, issue.message)];
      case 'too_big':
        return [importIssue('unrepresentable', path, `more than livewell keeps: ${issue.message}`)];
      case 'invalid_union':
        return [importIssue('unsupported-code', path, issue.message)];
      default:
        return [importIssue('invalid-element', path, issue.message)];
    }
  });
}

/**
 * Parses untrusted input against a FHIR input schema; never throws. The input is first copied as
 * plain JSON data ({@link snapshotJson}), so getters, proxies and cycles cannot reach the schema
 * and the caller's value is never read twice or changed.
 */
export function parseFhirInput<S extends z.ZodType>(
  resourceType: string,
  schema: S,
  input: unknown,
): Result<z.output<S>, FhirImportError> {
  return parseSnapshot(resourceType, resourceType, schema, input);
}

/**
 * Parses the object a multi-resource import is given (e.g. `{ carePlan, goals, observations }`)
 * against its shape; never throws. Issue paths name the part (`goals`, `observations[2]`), and
 * the error's `resourceType` is the main resource being imported.
 */
export function parseImportInput<S extends z.ZodType>(
  resourceType: string,
  schema: S,
  input: unknown,
): Result<z.output<S>, FhirImportError> {
  return parseSnapshot(resourceType, 'input', schema, input);
}

/** What every import is told: the tenant the records are imported into. */
const ImportOptionsInput = z.object({ tenantId: TenantIdSchema });

/** Checks import options (they may come from configuration, so they are untrusted too). */
export function parseImportOptions(
  resourceType: string,
  options: unknown,
): Result<{ readonly tenantId: TenantId }, FhirImportError> {
  return parseSnapshot(resourceType, 'options', ImportOptionsInput, options);
}

/** The most entries a Bundle may carry unless the caller says otherwise. */
export const DEFAULT_MAX_BUNDLE_ENTRIES = 10_000;

const BundleImportOptionsInput = ImportOptionsInput.extend({
  maxEntries: z.int().positive().default(DEFAULT_MAX_BUNDLE_ENTRIES),
});

/** Checks a Bundle import's options: the tenant, and the entry cap (default 10,000). */
export function parseBundleImportOptions(
  options: unknown,
): Result<{ readonly tenantId: TenantId; readonly maxEntries: number }, FhirImportError> {
  return parseSnapshot('Bundle', 'options', BundleImportOptionsInput, options);
}

function parseSnapshot<S extends z.ZodType>(
  resourceType: string,
  root: string,
  schema: S,
  input: unknown,
): Result<z.output<S>, FhirImportError> {
  if (input === undefined) {
    // A part the caller left out (a referral's Task): missing, not malformed.
    const missing = importIssue('missing-element', root, 'required element is missing');
    return err(importError(resourceType, [missing]));
  }
  const json = snapshotJson(input);
  if (!json.ok) {
    const { path, message } = json.error;
    const at = path === '' ? root : path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
    return err(importError(resourceType, [importIssue('invalid-element', at, message)]));
  }
  try {
    const result = schema.safeParse(json.value, { reportInput: true });
    if (result.success) return ok(result.data);
    return err(importError(resourceType, toImportIssues(root, result.error.issues)));
  } catch {
    return err(
      importError(resourceType, [
        importIssue('invalid-element', root, 'the input could not be read'),
      ]),
    );
  }
}

/** A multi-resource import's parts and options, both checked. */
export interface ImportRequest<T> {
  readonly parts: T;
  readonly options: { readonly tenantId: TenantId };
}

/**
 * Checks the options, then the parts object of a multi-resource import; never throws. The
 * returned parts are a plain JSON copy, so no later read can reach the caller's value.
 */
export function parseImportRequest<S extends z.ZodType>(
  resourceType: string,
  schema: S,
  input: unknown,
  options: unknown,
): Result<ImportRequest<z.output<S>>, FhirImportError> {
  const opts = parseImportOptions(resourceType, options);
  if (!opts.ok) return opts;
  const parts = parseImportInput(resourceType, schema, input);
  if (!parts.ok) return parts;
  return ok({ parts: parts.value, options: opts.value });
}

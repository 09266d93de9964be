import type { TenantId } from '@livewell/core';
import type { FhirExtensionIn } from './fhir-input.js';
import { importIssue } from './import-error.js';
import { findExtension, type IssueList } from './read.js';
import { LivewellExtensions } from './systems.js';

/** Import settings: the tenant the records are imported into. */
export interface FhirImportOptions {
  /** Used when a resource carries no livewell tenant; a different recorded tenant is refused. */
  readonly tenantId: TenantId;
}

/** Bundle import settings: the tenant, and a cap on the entries one Bundle may carry. */
export interface FhirBundleImportOptions extends FhirImportOptions {
  /**
   * The most entries accepted (default 10,000); a larger Bundle is refused whole with a
   * `fhir-import-failed` issue at `Bundle.entry`, so split it or raise the cap.
   */
  readonly maxEntries?: number;
}

/** The importing tenant, after checking it against the tenant recorded on the resource. */
export function readTenant(
  extensions: readonly FhirExtensionIn[] | undefined,
  options: FhirImportOptions,
  path: string,
  issues: IssueList,
): string {
  const recorded = findExtension(extensions, LivewellExtensions.tenant)?.valueString;
  if (recorded !== undefined && recorded !== options.tenantId) {
    issues.push(
      importIssue('invalid-element', `${path}.extension`, 'the record belongs to another tenant'),
    );
  }
  return options.tenantId;
}

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

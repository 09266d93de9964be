import { activationSchemas } from './activation/index.js';
import { auditSchemas } from './audit/index.js';
import { carePlanSchemas } from './care-plan/index.js';
import { directorySchemas } from './directory/index.js';
import { peopleSchemas } from './people/index.js';
import { practiceSchemas } from './practice/index.js';
import { referralSchemas } from './referral/index.js';
import { sharedSchemas } from './shared/index.js';
import { worklistSchemas } from './worklist/index.js';

/**
 * Every top-level schema in core, by name. The JSON Schema export writes one file per entry,
 * and the round-trip property tests cover every entry.
 */
export const schemaCatalogue = {
  ...sharedSchemas,
  ...peopleSchemas,
  ...carePlanSchemas,
  ...activationSchemas,
  ...directorySchemas,
  ...referralSchemas,
  ...auditSchemas,
  ...worklistSchemas,
  ...practiceSchemas,
} as const;

/** The name of a schema in {@link schemaCatalogue}. */
export type SchemaName = keyof typeof schemaCatalogue;

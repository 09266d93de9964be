import { atomicitySuite } from './conformance/atomicity.js';
import { changeFeedSuite } from './conformance/change-feed.js';
import { coDesignerErasureSuite } from './conformance/co-designer-erasure.js';
import { concurrencySuite } from './conformance/concurrency.js';
import { suiteContext, type TestApi } from './conformance/context.js';
import { hostileSuite } from './conformance/hostile.js';
import { idempotencySuite } from './conformance/idempotency.js';
import { indexSuite } from './conformance/indexes.js';
import { paginationSuite } from './conformance/pagination.js';
import { practitionerAccessSuite } from './conformance/practitioner-access.js';
import { roundTripSuite } from './conformance/round-trips.js';
import { schemaSuite } from './conformance/schema.js';
import { sessionPlacesSuite } from './conformance/session-places.js';
import { subjectAccessSuite } from './conformance/subject-access.js';
import { tenancySuite } from './conformance/tenancy.js';
import { versionSuite } from './conformance/versions.js';
import type { ConformanceOptions } from './harness.js';
import { modelSuite } from './model/model-suite.js';

/**
 * Registers the storage conformance suite for an adapter with vitest. Await it at the top level
 * of a test file (vitest is imported lazily, so this package loads without it):
 *
 * @example
 * await describeAdapterConformance('my adapter', {
 *   capabilities: { faultInjection: true },
 *   create: async ({ faults }) => {
 *     const driver = new MyDriver();
 *     return { store: createStore(withFaultInjection(driver, faults)), raw: myRawReader(driver) };
 *   },
 * });
 */
export async function describeAdapterConformance(
  name: string,
  options: ConformanceOptions,
): Promise<void> {
  const vitest: TestApi = await import('vitest');
  defineAdapterConformance(vitest, name, options);
}

/**
 * Registers the suite with any runner offering vitest's `describe`, `it` (with `it.skip`) and
 * `expect` — what {@link describeAdapterConformance} does with vitest itself.
 */
export function defineAdapterConformance(
  api: TestApi,
  name: string,
  options: ConformanceOptions,
): void {
  const ctx = suiteContext(api, options);
  api.describe(`${name}: storage conformance`, () => {
    roundTripSuite(ctx);
    versionSuite(ctx);
    concurrencySuite(ctx);
    atomicitySuite(ctx);
    idempotencySuite(ctx);
    tenancySuite(ctx);
    paginationSuite(ctx);
    changeFeedSuite(ctx);
    indexSuite(ctx);
    hostileSuite(ctx);
    subjectAccessSuite(ctx);
    practitionerAccessSuite(ctx);
    coDesignerErasureSuite(ctx);
    schemaSuite(ctx);
    sessionPlacesSuite(ctx);
    modelSuite(ctx);
  });
}

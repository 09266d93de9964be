/**
 * The storage testkit's full conformance suite against this adapter: on PGlite always, and on
 * PostgreSQL when DATABASE_URL is set (CI sets it).
 */
import { describeAdapterConformance } from '@livewell/storage-testkit';
import { afterAll, describe, it } from 'vitest';
import { conformanceOptions } from '../test/support/conformance-harness.js';
import { engines, openSuiteDatabase, type SuiteDatabase } from '../test/support/driver-harness.js';

const opened: SuiteDatabase[] = [];
afterAll(async () => {
  for (const db of opened) await db.dispose();
});

for (const engine of engines) {
  if (engine.skip) {
    // Reported as skipped, never silently absent.
    describe.skip(`storage-postgres on ${engine.name}: storage conformance`, () => {
      it('needs DATABASE_URL', () => {});
    });
    continue;
  }
  const db = await openSuiteDatabase(engine);
  opened.push(db);
  await describeAdapterConformance(
    `storage-postgres on ${engine.name}`,
    conformanceOptions(db, engine.name === 'postgres'),
  );
}

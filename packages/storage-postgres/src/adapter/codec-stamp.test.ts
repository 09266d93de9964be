import { type PersonId, parsePerson } from '@livewell/core';
import { CorruptRecordError } from '@livewell/storage';
import { CODEC_STAMP } from '@livewell/storage/driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  freshTenant,
  openSuiteDatabase,
  type SuiteDatabase,
} from '../../test/support/driver-harness.js';
import { eventOf, personOf, planOf } from '../../test/support/fixtures.js';
import { createPostgresStore } from './postgres-store.js';

/** ADR 0016: what the adapter reads without parsing, and what it still parses. */
for (const engine of engines) {
  describe.skipIf(engine.skip)(`codec stamp on ${engine.name}`, () => {
    let db: SuiteDatabase;
    beforeAll(async () => {
      db = await openSuiteDatabase(engine);
    });
    afterAll(async () => {
      await db.dispose();
    });

    /** A store whose person reader counts the documents it is asked to parse. */
    const countingStore = () => {
      const parsed: unknown[] = [];
      const store = createPostgresStore(db.executor, {
        schema: db.schema,
        closeExecutor: false,
        readers: {
          person: (doc) => {
            parsed.push(doc);
            return parsePerson(doc);
          },
        },
      });
      return { store, parsed };
    };
    const stampOf = async (t: string, id: string) => {
      const { rows } = await db.executor.query<{ stamp: string | null }>(
        `SELECT CASE WHEN r.xmin = r.xid::xid THEN r.codec END AS stamp
           FROM "${db.schema}".records r WHERE tenant_id = $1 AND id = $2`,
        [t, id],
      );
      return rows[0]?.stamp;
    };

    it('stamps every row it writes and reads them back without parsing again', async () => {
      const t = freshTenant();
      const { store, parsed } = countingStore();
      const practice = store.forTenant(t);
      const alice = personOf(t, 'alice');
      await practice.people.create(alice);
      const plan = planOf(t, 'plan-1', 'alice');
      await practice.carePlans.create(plan, [
        eventOf(t, plan.id, 'e-1'),
        eventOf(t, plan.id, 'e-2', 2),
      ]);
      expect(await stampOf(t, 'alice')).toBe(CODEC_STAMP);
      expect(await stampOf(t, 'plan-1/1/1')).toBe(CODEC_STAMP);
      expect((await practice.people.get(alice.id)).record).toEqual(alice);
      expect((await practice.carePlans.listByPerson(alice.id)).items).toHaveLength(1);
      expect(parsed).toEqual([]);
      const events = await practice.carePlans.events(plan.id);
      expect(events.items.map((e) => e.event.id)).toEqual(['e-1', 'e-2']);
    });

    it('parses a row changed outside the adapter, even when the stamp column was kept or forged', async () => {
      const t = freshTenant();
      const { store, parsed } = countingStore();
      const practice = store.forTenant(t);
      await practice.people.create(personOf(t, 'bob'));
      await practice.people.create(personOf(t, 'carol', 2));
      // A hand edit that leaves the document valid: read again, through the parser.
      await db.executor.query(
        `UPDATE "${db.schema}".records SET doc = doc || '{"consentToShare": false}'::jsonb
          WHERE tenant_id = $1 AND id = $2`,
        [t, 'bob'],
      );
      expect(await stampOf(t, 'bob')).toBeNull();
      expect((await practice.people.get('bob' as PersonId)).record.id).toBe('bob');
      expect(parsed).toHaveLength(1);
      // A hand edit that breaks the document and writes this release's stamp beside it.
      await db.executor.query(
        `UPDATE "${db.schema}".records SET doc = doc - 'name', codec = $3
          WHERE tenant_id = $1 AND id = $2`,
        [t, 'carol', CODEC_STAMP],
      );
      expect(await stampOf(t, 'carol')).toBeNull();
      await expect(practice.people.get('carol' as PersonId)).rejects.toBeInstanceOf(
        CorruptRecordError,
      );
    });

    it('parses a row another codec stamped, and a row written with no stamp', async () => {
      const t = freshTenant();
      const { store, parsed } = countingStore();
      const practice = store.forTenant(t);
      await practice.people.create(personOf(t, 'dan'));
      await db.executor.query(
        `UPDATE "${db.schema}".records SET codec = 'livewell-codec-0', xid = pg_current_xact_id()
          WHERE tenant_id = $1 AND id = $2`,
        [t, 'dan'],
      );
      expect(await stampOf(t, 'dan')).toBe('livewell-codec-0');
      await practice.people.get('dan' as PersonId);
      await db.executor.query(
        `UPDATE "${db.schema}".records SET codec = NULL, xid = pg_current_xact_id()
          WHERE tenant_id = $1 AND id = $2`,
        [t, 'dan'],
      );
      await practice.people.get('dan' as PersonId);
      expect(parsed).toHaveLength(2);
    });
  });
}

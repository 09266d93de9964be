import type { TenantId } from '@livewell/core';
import { ConflictError, DuplicateError, NotFoundError } from '@livewell/storage';
import type { DriverSession, StorageDriver } from '@livewell/storage/driver';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  freshTenant,
  openSuiteDatabase,
  type SuiteDatabase,
} from '../../test/support/driver-harness.js';
import { postgresDriver } from './postgres-driver.js';

const row = (
  id: string,
  doc: unknown,
  personId: string | null = null,
  parentId: string | null = null,
) => ({
  id,
  personId,
  parentId,
  doc,
});

/** A write's outcome without the rows' positions (which depend on every tenant's writes). */
const withoutSeq = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutSeq)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'seq')
            .map(([key, v]) => [key, key === 'doc' ? v : withoutSeq(v)]),
        )
      : value;

for (const engine of engines) {
  describe.skipIf(engine.skip)(`postgresDriver on ${engine.name}`, () => {
    let db: SuiteDatabase;
    let driver: StorageDriver;
    const write = <T>(tenant: TenantId, fn: (s: DriverSession) => Promise<T>) =>
      driver.run(tenant, 'write', fn);
    const read = <T>(tenant: TenantId, fn: (s: DriverSession) => Promise<T>) =>
      driver.run(tenant, 'read', fn);

    beforeAll(async () => {
      db = await openSuiteDatabase(engine);
      driver = postgresDriver(db.executor, { schema: db.schema, closeExecutor: false });
    });
    afterAll(async () => {
      await db.dispose();
    });

    it('inserts at version 1, replaces at the expected version, and reads back', async () => {
      const t = freshTenant();
      const first = await write(t, (s) => s.insert('thing', row('a', { n: 1 }, 'p1', 'q1')));
      expect(first).toMatchObject({ id: 'a', version: 1, personId: 'p1', parentId: 'q1' });
      const second = await write(t, (s) => s.replace('thing', row('a', { n: 2 }, 'p1'), 1));
      expect(second.version).toBe(2);
      expect(second.seq).toBeGreaterThan(first.seq);
      expect(await read(t, (s) => s.get('thing', 'a'))).toEqual({
        id: 'a',
        version: 2,
        seq: second.seq,
        personId: 'p1',
        parentId: null,
        doc: { n: 2 },
      });
    });

    it('lists whole rows: a column the filter fixes is answered from the filter, as stored', async () => {
      const owner = fc.constantFrom(null, 'p1', 'p2');
      const rows = fc.array(fc.record({ person: owner, parent: owner, n: fc.nat(9) }), {
        minLength: 1,
        maxLength: 8,
      });
      await fc.assert(
        fc.asyncProperty(rows, async (given) => {
          const t = freshTenant();
          await write(t, async (s) => {
            for (const [i, r] of given.entries()) {
              await s.insert('owned', row(`r${i}`, { n: r.n }, r.person, r.parent));
            }
          });
          const whole = await read(t, (s) => s.list('owned', { order: 'seq', limit: 20 }));
          for (const personId of [undefined, 'p1', 'p2']) {
            for (const parentId of [undefined, 'p1', 'p2']) {
              const query = {
                order: 'seq' as const,
                limit: 20,
                ...(personId === undefined ? {} : { personId }),
                ...(parentId === undefined ? {} : { parentId }),
              };
              const listed = await read(t, (s) => s.list('owned', query));
              expect(listed).toEqual(
                whole.filter(
                  (r) =>
                    (personId === undefined || r.personId === personId) &&
                    (parentId === undefined || r.parentId === parentId),
                ),
              );
            }
          }
          expect(whole.map((r) => [r.personId, r.parentId])).toEqual(
            given.map((r) => [r.person, r.parent]),
          );
        }),
        { numRuns: 15 },
      );
    });

    it('throws Duplicate, Conflict and NotFound as the port says', async () => {
      const t = freshTenant();
      await write(t, (s) => s.insert('thing', row('a', {})));
      await expect(write(t, (s) => s.insert('thing', row('a', {})))).rejects.toBeInstanceOf(
        DuplicateError,
      );
      const conflict = await write(t, (s) => s.replace('thing', row('a', {}), 7)).catch((e) => e);
      expect(conflict).toBeInstanceOf(ConflictError);
      expect(conflict).toMatchObject({ expectedVersion: 7, actualVersion: 1, retryable: true });
      await expect(write(t, (s) => s.replace('thing', row('zz', {}), 1))).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('insertMany stores what one insert per row would, or refuses the batch (property)', async () => {
      const id = fc.constantFrom('a', 'b', 'c', 'd');
      const all = async (t: TenantId) =>
        read(t, (s) => s.list('thing', { order: 'seq', limit: 100 }));
      const outcome = (p: Promise<unknown>) =>
        p.then(
          (value) => ({ value }),
          (error: unknown) => ({ error: error instanceof DuplicateError }),
        );
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(id, { maxLength: 2 }),
          fc.array(id, { minLength: 1, maxLength: 5 }),
          async (existing, batch) => {
            const one = freshTenant();
            const many = freshTenant();
            for (const t of [one, many]) {
              for (const e of existing) await write(t, (s) => s.insert('thing', row(e, { e })));
            }
            const rows = batch.map((b, i) => row(b, { b, i, s: "'; --\u0000" }, `p${i}`, 'q'));
            const looped = await outcome(
              write(one, async (s) => {
                const out = [];
                for (const r of rows) out.push(await s.insert('thing', r));
                return out;
              }),
            );
            const batched = await outcome(write(many, async (s) => s.insertMany?.('thing', rows)));
            // Positions come from one sequence shared by every tenant (ADR 0012), so the two
            // tenants' seqs differ; what must agree is everything else, in the same order.
            expect(withoutSeq(batched)).toEqual(withoutSeq(looped));
            expect(withoutSeq(await all(many))).toEqual(withoutSeq(await all(one)));
          },
        ),
        { numRuns: 15 },
      );
    });

    it('insertMany past one statement keeps the change order of the rows', async () => {
      const t = freshTenant();
      await write(t, (s) => s.insert('thing', row('first', {})));
      const ids = Array.from({ length: 120 }, (_, i) => `r${(i * 37) % 120}`);
      const out = await write(t, async (s) =>
        s.insertMany?.(
          'thing',
          ids.map((i) => row(i, { i })),
        ),
      );
      expect(out?.map((r) => r.id)).toEqual(ids);
      const listed = await read(t, (s) => s.list('thing', { order: 'seq', limit: 200 }));
      expect(listed.map((r) => [r.id, r.doc])).toEqual([
        ['first', {}],
        ...ids.map((i) => [i, { i }]),
      ]);
      expect(listed.slice(1).map((r) => r.seq)).toEqual(out?.map((r) => r.seq));
      for (let n = 1; n < listed.length; n += 1) {
        expect(listed[n]?.seq).toBeGreaterThan(listed[n - 1]?.seq ?? Number.POSITIVE_INFINITY);
      }
    });

    it('rolls back every write of a unit that throws', async () => {
      const t = freshTenant();
      await write(t, (s) => s.insert('thing', row('keep', { v: 1 })));
      const failure = new RangeError('fails after two writes');
      await expect(
        write(t, async (s) => {
          await s.insert('thing', row('new', {}));
          await s.replace('thing', row('keep', { v: 2 }), 1);
          throw failure;
        }),
      ).rejects.toBe(failure);
      const rows = await read(t, (s) => s.list('thing', { order: 'id', limit: 10 }));
      expect(rows.map((r) => [r.id, r.version, r.doc])).toEqual([['keep', 1, { v: 1 }]]);
    });

    it('keeps tenants and collections apart, including prefix tenant ids', async () => {
      const a = freshTenant();
      const ab = `${a}b` as TenantId;
      await write(a, (s) => s.insert('thing', row('x', { owner: 'a' })));
      await write(ab, (s) => s.insert('thing', row('x', { owner: 'ab' })));
      await write(a, (s) => s.insert('other', row('x', { owner: 'a-other' })));
      expect((await read(ab, (s) => s.get('thing', 'x')))?.doc).toEqual({ owner: 'ab' });
      expect(await read(ab, (s) => s.list('other', { order: 'seq', limit: 10 }))).toEqual([]);
      expect(await write(ab, (s) => s.remove('thing', {}))).toBe(1);
      expect((await read(a, (s) => s.get('thing', 'x')))?.doc).toEqual({ owner: 'a' });
    });

    it('lists by id in code-unit order and by seq, with keyset bounds and filters', async () => {
      const t = freshTenant();
      const ids = ['b', 'B', 'a-1', 'a', 'a.2', '0'];
      for (const [i, id] of ids.entries()) {
        await write(t, (s) => s.insert('thing', row(id, { i }, i % 2 === 0 ? 'even' : 'odd')));
      }
      const byId = await read(t, (s) => s.list('thing', { order: 'id', limit: 100 }));
      expect(byId.map((r) => r.id)).toEqual([...ids].sort());
      const page = await read(t, (s) => s.list('thing', { order: 'id', after: 'a', limit: 2 }));
      expect(page.map((r) => r.id)).toEqual(['a-1', 'a.2']);
      const bySeq = await read(t, (s) =>
        s.list('thing', { order: 'seq', personId: 'even', limit: 100 }),
      );
      expect(bySeq.map((r) => r.id)).toEqual(['b', 'a-1', 'a.2']);
      const later = await read(t, (s) =>
        s.list('thing', { order: 'seq', after: bySeq[0]?.seq ?? 0, personId: 'even', limit: 1 }),
      );
      expect(later.map((r) => r.id)).toEqual(['a-1']);
      expect(await write(t, (s) => s.remove('thing', { personId: 'odd' }))).toBe(3);
    });

    it('orders by seq numerically past nine (seq is a bigint, not text)', async () => {
      const t = freshTenant();
      for (let i = 0; i < 12; i += 1) await write(t, (s) => s.insert('many', row(`m${i}`, { i })));
      const rows = await read(t, (s) => s.list('many', { order: 'seq', limit: 100 }));
      expect(rows.map((r) => r.doc)).toEqual(Array.from({ length: 12 }, (_, i) => ({ i })));
      const after = await read(t, (s) =>
        s.list('many', { order: 'seq', after: rows[8]?.seq ?? 0, limit: 2 }),
      );
      expect(after.map((r) => r.id)).toEqual(['m9', 'm10']);
    });

    it('stores any JSON document verbatim (NUL, lone surrogates, SQL, backslashes)', async () => {
      const t = freshTenant();
      const hostile = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(
          '\u0000',
          '\ud800',
          'a\udc00b',
          '\\u0000',
          '\\\u0000',
          "'; DROP TABLE records; --",
          '\u{1F600}',
        ),
      );
      const doc = fc.dictionary(
        fc.string({ maxLength: 6 }),
        fc.oneof(hostile, fc.array(hostile, { maxLength: 3 })),
        {
          maxKeys: 4,
        },
      );
      let n = 0;
      await fc.assert(
        fc.asyncProperty(doc, async (value) => {
          n += 1;
          const id = `doc-${n}`;
          await write(t, (s) => s.insert('hostile', row(id, value)));
          expect((await read(t, (s) => s.get('hostile', id)))?.doc).toEqual(value);
        }),
        { numRuns: 40 },
      );
    });

    it('answers a stored value that is not an object as that value, parsed once', async () => {
      const t = freshTenant();
      await write(t, (s) => s.insert('odd', row('a', { n: 1 })));
      // A hand-written string holding an object's JSON stays a string (the store then reports
      // the row corrupt): it is not taken for unparsed text and parsed a second time.
      const stored: [string, unknown][] = [
        ['"{\\"n\\": 1}"', '{"n": 1}'],
        ['[1, {"n": 2}]', [1, { n: 2 }]],
        ['3', 3],
        ['null', null],
      ];
      for (const [text, value] of stored) {
        await db.executor.query(
          `UPDATE "${db.schema}".records SET doc = $3::jsonb WHERE tenant_id = $1 AND id = $2`,
          [t, 'a', text],
        );
        expect((await read(t, (s) => s.get('odd', 'a')))?.doc).toEqual(value);
      }
    });

    it('stores a 1 MB string', async () => {
      const t = freshTenant();
      const big = 'é✓'.repeat(350_000);
      await write(t, (s) => s.insert('big', row('one', { big })));
      expect((await read(t, (s) => s.get('big', 'one')))?.doc).toEqual({ big });
    });
  });
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`postgresDriver on ${engine.name}, jsonb left as text`, () => {
    // An executor whose client does not parse `jsonb` hands the driver JSON text: the driver
    // parses it itself and answers the same documents.
    let db: SuiteDatabase;
    let driver: StorageDriver;
    beforeAll(async () => {
      db = await openSuiteDatabase(engine, { jsonbAsText: true });
      driver = postgresDriver(db.executor, { schema: db.schema, closeExecutor: false });
    });
    afterAll(async () => {
      await db.dispose();
    });

    it('reads back every document as it was written, and odd stored values as they are', async () => {
      const t = freshTenant();
      const docs = [{ n: 1, s: 'é✓' }, { nul: '\u0000', lone: '\ud800' }, { nested: [{ a: [] }] }];
      await driver.run(t, 'write', async (s) => {
        for (const [i, doc] of docs.entries()) await s.insert('plain', row(`d${i}`, doc));
      });
      const listed = await driver.run(t, 'read', (s) =>
        s.list('plain', { order: 'seq', limit: 10 }),
      );
      expect(listed.map((r) => r.doc)).toEqual(docs);
      await db.executor.query(
        `UPDATE "${db.schema}".records SET doc = '"{\\"n\\": 1}"'::jsonb
         WHERE tenant_id = $1 AND id = 'd0'`,
        [t],
      );
      expect((await driver.run(t, 'read', (s) => s.get('plain', 'd0')))?.doc).toBe('{"n": 1}');
    });
  });
}

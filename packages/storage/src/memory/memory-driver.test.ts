import type { TenantId } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../port/errors.js';
import { MemoryDriver } from './memory-driver.js';

const T = 't1' as TenantId;
const row = (id: string, doc: unknown = { id }) => ({ id, personId: null, parentId: null, doc });

describe('MemoryDriver', () => {
  it('rolls back every write of a failed unit, including the change order', async () => {
    const d = new MemoryDriver();
    await d.run(T, 'write', async (s) => {
      await s.insert('c', row('a'));
    });
    await expect(
      d.run(T, 'write', async (s) => {
        await s.insert('c', row('b'));
        await s.replace('c', row('a', { id: 'a', n: 2 }), 1);
        await s.remove('c', { id: 'a' });
        throw new RangeError('boom');
      }),
    ).rejects.toThrow('boom');
    expect(d.rows(T, 'c').map((r) => [r.id, r.version, r.seq, r.doc])).toEqual([
      ['a', 1, 1, { id: 'a' }],
    ]);
    const next = await d.run(T, 'write', (s) => s.insert('c', row('c')));
    expect(next.seq).toBe(2);
  });

  it('refuses writes in a read unit', async () => {
    const d = new MemoryDriver();
    await expect(d.run(T, 'read', (s) => s.insert('c', row('a')))).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });

  it('keeps documents as copies: mutating inputs or outputs changes nothing stored', async () => {
    const d = new MemoryDriver();
    const doc = { id: 'a', list: [1, 2] };
    await d.run(T, 'write', (s) => s.insert('c', row('a', doc)));
    doc.list.push(3);
    const read = await d.run(T, 'read', (s) => s.get('c', 'a'));
    if (read === undefined) throw new RangeError('row missing');
    (read.doc as { list: number[] }).list.push(4);
    expect(d.rows(T, 'c')[0]?.doc).toEqual({ id: 'a', list: [1, 2] });
  });

  it('lists by id or seq with an exclusive bound and filters (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 5 }),
        async (ids, limit) => {
          const d = new MemoryDriver();
          for (const [i, id] of ids.entries()) {
            await d.run(T, 'write', (s) =>
              s.insert('c', { ...row(id), personId: i % 2 === 0 ? 'even' : 'odd' }),
            );
          }
          const walk = async (order: 'id' | 'seq', personId?: string) => {
            const seen: string[] = [];
            let after: string | number | undefined;
            for (;;) {
              const page = await d.run(T, 'read', (s) =>
                s.list('c', {
                  order,
                  limit,
                  ...(after === undefined ? {} : { after }),
                  ...(personId === undefined ? {} : { personId }),
                }),
              );
              seen.push(...page.map((r) => r.id));
              const last = page[page.length - 1];
              if (page.length < limit || last === undefined) return seen;
              after = order === 'id' ? last.id : last.seq;
            }
          };
          expect(await walk('id')).toEqual([...ids].sort());
          expect(await walk('seq')).toEqual(ids);
          expect(await walk('seq', 'even')).toEqual(ids.filter((_, i) => i % 2 === 0));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('insertMany stores what one insert per row would, or refuses the whole batch (property)', async () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(id, { maxLength: 2 }),
        fc.array(id, { minLength: 1, maxLength: 5 }),
        async (existing, batch) => {
          const one = new MemoryDriver();
          const many = new MemoryDriver();
          for (const d of [one, many]) {
            for (const e of existing) await d.run(T, 'write', (s) => s.insert('c', row(e)));
          }
          const rows = batch.map((b, i) => ({ ...row(b, { b, i }), personId: `p${i}` }));
          const outcome = async (fn: () => Promise<unknown>) =>
            fn().then(
              (value) => ({ value }),
              (error: unknown) => ({ error: (error as { code?: string }).code }),
            );
          const looped = await outcome(() =>
            one.run(T, 'write', async (s) => {
              const out = [];
              for (const r of rows) out.push(await s.insert('c', r));
              return out;
            }),
          );
          const batched = await outcome(() =>
            many.run(T, 'write', async (s) => s.insertMany?.('c', rows)),
          );
          expect(batched).toEqual(looped);
          expect(many.rows(T, 'c')).toEqual(one.rows(T, 'c'));
          const unique = new Set(batch).size === batch.length;
          expect('error' in batched).toBe(!unique || batch.some((b) => existing.includes(b)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps tenants apart, including prefixes of each other', async () => {
    const d = new MemoryDriver();
    await d.run('t1' as TenantId, 'write', (s) => s.insert('c', row('a')));
    expect(await d.run('t10' as TenantId, 'read', (s) => s.get('c', 'a'))).toBeUndefined();
    expect(d.rows('t10', 'c')).toEqual([]);
  });
});

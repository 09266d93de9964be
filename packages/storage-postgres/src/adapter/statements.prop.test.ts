import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statements } from './statements.js';

const sql = statements('"s"');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);

describe('statements', () => {
  it('list: every value is a parameter, numbered $1..$n with no gaps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('id' as const, 'seq' as const),
        maybe(fc.string()),
        maybe(fc.string()),
        maybe(fc.oneof(fc.string(), fc.nat())),
        fc.integer({ min: 1, max: 1000 }),
        (order, personId, parentId, after, limit) => {
          const query = {
            order,
            limit,
            ...(personId === undefined ? {} : { personId }),
            ...(parentId === undefined ? {} : { parentId }),
            ...(after === undefined ? {} : { after }),
          };
          const { text, params } = sql.list(query);
          const numbers = placeholders(text);
          expect(numbers).toEqual(Array.from({ length: params.length + 2 }, (_, i) => i + 1));
          for (const value of [personId, parentId, after]) {
            if (typeof value === 'string' && value.length > 3) expect(text).not.toContain(value);
          }
          expect(text).toContain(order === 'id' ? 'ORDER BY r.id' : 'ORDER BY r.seq');
        },
      ),
    );
  });

  it('remove: filters become parameters in a tenant- and collection-scoped DELETE', () => {
    fc.assert(
      fc.property(maybe(fc.string()), maybe(fc.string()), maybe(fc.string()), (id, p, q) => {
        const filter = {
          ...(id === undefined ? {} : { id }),
          ...(p === undefined ? {} : { personId: p }),
          ...(q === undefined ? {} : { parentId: q }),
        };
        const { text, params } = sql.remove(filter);
        expect(text).toMatch(
          /^DELETE FROM "s"\.records WHERE tenant_id = \$1 AND collection = \$2/,
        );
        expect(placeholders(text)).toEqual(
          Array.from({ length: params.length + 2 }, (_, i) => i + 1),
        );
        expect(params).toEqual([id, p, q].filter((v) => v !== undefined));
      }),
    );
  });
});

import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.js';

describe('lazySchema', () => {
  it('builds nothing until first touched, then once', () => {
    const build = vi.fn(() => z.object({ name: z.string() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ name: 'Ada' }).success).toBe(true);
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(['name']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('is a zod schema to zod: instanceof, composition, issues', () => {
    const inner = lazySchema(() => z.string().check(z.minLength(2)));
    const outer = z.object({ a: inner, b: z.optional(inner) });
    expect(inner instanceof z.core.$ZodType).toBe(true);
    const eager = z.object({ a: z.string().check(z.minLength(2)) });
    expect(outer.safeParse({ a: 'x' }).error?.issues).toEqual(
      eager.safeParse({ a: 'x' }).error?.issues,
    );
    expect(outer.parse({ a: 'xy', b: 'zz' })).toEqual({ a: 'xy', b: 'zz' });
  });

  it('points a built schema at the schemas inside it, not at their stand-ins', () => {
    const leaf = lazySchema(() => z.string());
    const list = lazySchema(() => z.array(leaf));
    const outer = lazySchema(() =>
      z.object({ one: leaf, many: list, maybe: z.optional(leaf), either: z.union([leaf, list]) }),
    );
    const { shape } = outer._zod.def;
    const realLeaf = list._zod.def.element;
    expect(shape.one).toBe(realLeaf);
    expect(shape.maybe._zod.def.innerType).toBe(realLeaf);
    expect(shape.either._zod.def.options[0]).toBe(realLeaf);
    expect(shape.many._zod.def.element).toBe(realLeaf);
    expect(shape.one).not.toBe(leaf);
  });

  it('registers the schema itself through a stand-in, as found inside other schemas', () => {
    const registry = z.registry<{ title: string }>();
    const leaf = lazySchema(() => z.string());
    const outer = lazySchema(() => z.object({ a: leaf }));
    leaf.register(registry, { title: 'Leaf' });
    expect(registry.get(outer.shape.a)).toEqual({ title: 'Leaf' });
    expect(z.toJSONSchema(outer, { metadata: registry })).toMatchObject({
      properties: { a: { type: 'string', title: 'Leaf' } },
    });
  });

  it('importing core builds almost none of its schemas', async () => {
    vi.resetModules();
    const counts = await import('./lazy-schema.js');
    await import('../index.js');
    // A fresh module graph, with its own counts. Built at import: only the few enums whose
    // options core lists as constants (care-plan states, referral and task statuses, …).
    expect(counts.lazySchemaCounts.made).toBeGreaterThan(200);
    expect(counts.lazySchemaCounts.built).toBeLessThanOrEqual(5);
  });
});

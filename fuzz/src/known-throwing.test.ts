import { describe, expect, it } from 'vitest';
import { entryId } from './catalogue/entry.js';
import { catalogue } from './catalogue/index.js';
import { knownThrowing } from './catalogue/known-throwing.js';
import { replayInput } from './run/replay.js';

const byId = new Map(catalogue.map((e) => [entryId(e), e]));

/**
 * The known-throwing list cannot go stale: each entry must still fail on its counterexample.
 * When a fix lands this test fails for that entry: remove it from `knownThrowing`, and its fuzz
 * test runs again.
 */
describe('every known-throwing entry point still breaks the boundary promise', () => {
  it('lists each entry point once, and only catalogued ones', () => {
    const ids = knownThrowing.map((k) => k.entry);
    expect(ids.filter((id) => !byId.has(id))).toEqual([]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each(knownThrowing.map((k) => [k.entry, k] as const))('%s', async (id, known) => {
    const entry = byId.get(id);
    if (!entry) return;
    const failure = await replayInput(entry, known.at, known.input, known.validSeed);
    expect(
      failure?.message,
      `${id} no longer fails on its counterexample: remove it from knownThrowing`,
    ).toBeDefined();
  });
});

import type { TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleServices } from '../../test/fixtures/oruk/examples.js';
import { fromHsdsService } from './import.js';

const tenantId = 'tenant-1' as TenantId;

/** Every scalar leaf path of a JSON value. */
function leaves(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
  return [path];
}

const examples = exampleServices();

describe('the official HSDS 3.0 and ORUK profile examples', () => {
  it('finds the service payloads (not vacuous)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((e) => [e.name, e.payload] as const))('%s imports', (_name, payload) => {
    const r = fromHsdsService(payload, { tenantId });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.service.id).toBe(payload.id);
  });

  it.each(examples.map((e) => [e.name, e.payload] as const))(
    '%s: every source path is mapped or reported, with an HSDS reason',
    (_name, payload) => {
      const r = fromHsdsService(payload, { tenantId });
      if (!r.ok) throw new Error(r.error.message);
      const lost = new Map(r.value.loss.map((l) => [l.path, l]));
      const all = leaves(payload);
      const kept = all.filter((p) => !lost.has(p));
      // Every lost path is a real path of the payload, reported once.
      expect(r.value.loss.length).toBe(lost.size);
      for (const p of lost.keys()) expect(all).toContain(p);
      // Official fields are known: none is reported as "not a field livewell maps".
      expect(r.value.loss.filter((l) => l.code === 'not-livewell')).toEqual([]);
      for (const l of r.value.loss) expect(l.reason.length).toBeGreaterThan(10);
      // Not vacuous: the import keeps the core of each payload.
      expect(kept).toEqual(expect.arrayContaining(['id', 'name', 'status']));
    },
  );
});

import type { Organisation, TenantId } from '@livewell/core';
import { hostileArb, mutatedArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { toHsdsService } from './export.js';
import { fromHsdsService } from './import.js';
import { importSchedule, ukZoneForOffset } from './schedule-import.js';

const tenantId = 'tenant-1' as TenantId;
const directory = exampleDirectory(tenantId, '2026-11-01');

/** Every example service as exported HSDS JSON: the valid payloads mutations start from. */
const exported: unknown[] = directory.services.map(
  (s) =>
    JSON.parse(
      JSON.stringify(
        toHsdsService(s, {
          organisation: directory.organisations.find(
            (o) => o.id === s.organisationId,
          ) as Organisation,
          locations: directory.locations,
        }).service,
      ),
    ) as unknown,
);

/** Freezes plain data all the way down, so any write by the import would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** JSON text of a value, or undefined when it cannot be written (hostile parts). */
function snapshot(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

const inputArb = fc.oneof(
  { arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true }), weight: 2 },
  { arbitrary: hostileArb, weight: 1 },
  { arbitrary: mutatedArb(fc.constantFrom(...exported)), weight: 4 },
);

describe('ORUK/HSDS import never throws (issue 11)', () => {
  it('regression: a schedule whose byday is a number is skipped with a note', () => {
    const r = fromHsdsService(
      { id: 's', name: 'x', schedules: [{ freq: 'WEEKLY', byday: 1 }] },
      { tenantId },
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-hsds'); // no status (HSDS requires one): refused, typed
    const sched = importSchedule({ id: 'a', freq: 'WEEKLY', byday: 1 }, ukZoneForOffset, 'x');
    expect(sched.schedule).toBeUndefined();
    expect(sched.notes.map((n) => n.code)).toEqual(['unsupported-rule']);
    const valid = exported[0] as { schedules?: unknown[]; service_at_locations?: unknown[] };
    const withBad = { ...valid, schedules: [{ id: 'b', freq: 'WEEKLY', byday: 1 }] };
    const kept = fromHsdsService(withBad, { tenantId });
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value.notes).toContainEqual(
      expect.objectContaining({ path: 'schedules[0]', code: 'unsupported-rule' }),
    );
  });

  it('for anything, hostile values and mutated exports: a typed result, input untouched', () => {
    let imported = 0;
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = snapshot(input);
        if (before !== undefined) deepFreeze(input);
        const r = fromHsdsService(input, { tenantId });
        if (r.ok) imported += 1;
        if (r.ok) expect(Array.isArray(r.value.notes)).toBe(true);
        else {
          expect(r.error.code).toBe('invalid-hsds');
          expect(Array.isArray(r.error.issues)).toBe(true);
        }
        if (before !== undefined) expect(snapshot(input)).toBe(before);
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many near-miss payloads still import (with notes).
    expect(imported).toBeGreaterThan(50);
  });

  it('importSchedule answers anything with a schedule or a note', () => {
    const schedules = exported.flatMap(
      (s) => ((s as { schedules?: unknown[] }).schedules ?? []) as unknown[],
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withBoxedValues: true }),
          hostileArb,
          mutatedArb(fc.constantFrom(...schedules)),
        ),
        (input) => {
          const r = importSchedule(input, ukZoneForOffset, 'schedules[0]');
          expect(r.schedule !== undefined || r.notes.length > 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a zone reader that throws reads the offset as unknown (a note, not a throw)', () => {
    const r = fromHsdsService(exported[0], {
      tenantId,
      zoneForOffset: () => {
        throw new Error('reader bug');
      },
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.notes.some((n) => n.code === 'unsupported-offset')).toBe(true);
  });

  it('refuses an invalid tenant to import into', () => {
    const r = fromHsdsService(exported[0], { tenantId: 'bad tenant!' as TenantId });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-hsds');
  });
});

import type { RecordId, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { applyCapacityEvent, type CapacityLedger } from '../capacity/ledger.js';
import { exampleDirectory } from '../directory/example-directory.js';
import { sessionsWithPlacesFree } from './places-free.js';

const directory = exampleDirectory('t-1' as TenantId, '2026-11-01');
const cafe = directory.services.find((s) => s.id === 'svc-cafe');

describe('sessionsWithPlacesFree', () => {
  it('answers "a session with places free on Thursday" from the ledger', () => {
    if (!cafe?.capacity) throw new Error('the example café has a capacity');
    const thursday = { from: '2026-12-03T00:00:00Z', until: '2026-12-04T00:00:00Z' };
    const first = sessionsWithPlacesFree([cafe], {}, thursday);
    if (!first.ok) throw new Error(first.error.message);
    const night = first.value.sessions[0];
    expect(first.value.sessions).toHaveLength(1);
    expect(night?.placesFree).toBe(cafe.capacity.placesPerSession);
    if (!night) throw new Error('no session');
    const ref = {
      serviceId: cafe.id,
      scheduleId: night.session.scheduleId,
      start: night.session.start,
    };
    const filled = applyCapacityEvent(
      {} as CapacityLedger,
      { kind: 'drop-ins', session: ref, count: cafe.capacity.placesPerSession },
      cafe.capacity.placesPerSession,
    );
    if (!filled.ok) throw new Error(filled.error.message);
    const none = sessionsWithPlacesFree([cafe], filled.value, thursday);
    expect(none.ok && none.value.sessions).toEqual([]);
    // The Friday session is untouched.
    const friday = sessionsWithPlacesFree([cafe], filled.value, {
      from: '2026-12-04T00:00:00Z',
      until: '2026-12-05T00:00:00Z',
      places: 2,
    });
    expect(friday.ok && friday.value.sessions.length).toBe(1);
  });

  it('lists services without a capacity as places unknown, never silently dropped', () => {
    const r = sessionsWithPlacesFree(
      directory.services,
      {},
      {
        from: '2026-12-01T00:00:00Z',
        until: '2026-12-08T00:00:00Z',
      },
    );
    if (!r.ok) throw new Error(r.error.message);
    const counted = new Set(r.value.sessions.map((s) => s.service.id));
    for (const s of directory.services.filter((x) => x.status === 'active')) {
      const hasSessions = s.schedules.length + s.locations.flatMap((l) => l.schedules).length > 0;
      if (!hasSessions) continue;
      expect(counted.has(s.id) || r.value.placesUnknown.includes(s.id as RecordId)).toBe(
        s.capacity === undefined ? r.value.placesUnknown.includes(s.id) : true,
      );
    }
  });

  it('refuses a window that is not two instants in order', () => {
    const r = sessionsWithPlacesFree(
      [],
      {},
      { from: '2026-12-04T00:00:00Z', until: '2026-12-03T00:00:00Z' },
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-query');
    const bad = sessionsWithPlacesFree([], {}, { from: 'Thursday', until: '2026-12-03T00:00:00Z' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-query');
  });
});

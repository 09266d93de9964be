// Throws the fuzz suite found at the boundary (docs/fuzzing.md): each now a typed error.
import type { TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { applyCapacityEvent } from './capacity/ledger.js';
import { exampleDirectory } from './directory/example-directory.js';
import { parseNeedVocabulary } from './matching/parse-need-vocabulary.js';
import { readServiceQuery } from './oruk/api/query.js';
import { syncOrukApi } from './oruk/api/sync.js';
import { importSchedule, ukZoneForOffset } from './oruk/schedule-import.js';
import { sessionsWithPlacesFree } from './search/places-free.js';

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile');
    },
    has() {
      throw new Error('hostile');
    },
    ownKeys() {
      throw new Error('hostile');
    },
  },
);
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('fuzz regressions in peer-support', () => {
  it('readServiceQuery refuses null or an unreadable parameter set with invalid-query', () => {
    expect(codeOf(readServiceQuery(null as never))).toBe('invalid-query');
    expect(codeOf(readServiceQuery(hostile as never))).toBe('invalid-query');
  });

  it('parseNeedVocabulary refuses a throwing proxy with invalid-vocabulary', () => {
    expect(codeOf(parseNeedVocabulary(hostile))).toBe('invalid-vocabulary');
  });

  it('applyCapacityEvent refuses an unreadable event with invalid-capacity-event, ledger unchanged', () => {
    const ledger = {};
    expect(codeOf(applyCapacityEvent(ledger, null as never, 10))).toBe('invalid-capacity-event');
    expect(codeOf(applyCapacityEvent(ledger, hostile as never, 10))).toBe('invalid-capacity-event');
    expect(ledger).toEqual({});
  });

  it('sessionsWithPlacesFree refuses a null or unreadable query with invalid-query', () => {
    const services = exampleDirectory('tenant-1' as TenantId, '2026-01-01').services;
    expect(codeOf(sessionsWithPlacesFree(services, {}, null as never))).toBe('invalid-query');
    expect(codeOf(sessionsWithPlacesFree(services, {}, hostile as never))).toBe('invalid-query');
  });

  it('syncOrukApi skips a listed service whose payload is not JSON instead of throwing', async () => {
    for (const payload of [
      undefined,
      (() => {
        const cycle: Record<string, unknown> = {};
        cycle.self = cycle;
        return cycle;
      })(),
    ]) {
      const r = await syncOrukApi({
        baseUrl: 'https://directory.example.org/api',
        tenantId: 'tenant-1' as TenantId,
        fetch: async (url) => ({
          ok: true,
          status: 200,
          json: async () =>
            url.includes('/services?') ? { total_pages: 1, contents: [{ id: 's-1' }] } : payload,
        }),
        store: { put: async () => undefined, withdraw: async () => undefined },
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.report.skipped).toEqual([
        { id: 's-1', reason: 'the service is not a JSON object' },
      ]);
      expect(r.value.state).toEqual({});
    }
  });

  it('syncOrukApi refuses a listing page it cannot read (seed 1390682643) with oruk-bad-response', async () => {
    for (const contents of [hostile, [hostile]]) {
      const r = await syncOrukApi({
        baseUrl: 'https://directory.example.org/api',
        tenantId: 'tenant-1' as TenantId,
        fetch: async () => ({ ok: true, status: 200, json: async () => ({ contents }) }),
        store: { put: async () => undefined, withdraw: async () => undefined },
      });
      expect(codeOf(r)).toBe('oruk-bad-response');
    }
  });

  it('parseNeedVocabulary names a symbol key in an issue path instead of throwing (seed 1390682643)', () => {
    const r = parseNeedVocabulary({ needs: [], synonyms: { [Symbol('odd')]: 1, walking: 2 } });
    expect(codeOf(r)).toBe('invalid-vocabulary');
  });

  it('importSchedule names a value it cannot convert to text instead of throwing (seed 1390682643)', () => {
    // An object whose own `toString` is not a function: String() throws on it.
    const odd = { toString: false };
    for (const raw of [
      { id: 'a', freq: odd },
      { id: 'a', freq: 'WEEKLY', interval: odd },
      { id: 'a', freq: 'WEEKLY', byday: odd },
      { id: 'a', freq: 'WEEKLY', wkst: odd },
      { id: 'a', freq: 'WEEKLY', bymonthday: odd },
      { id: 'a', freq: 'WEEKLY', byday: 'MO', count: odd },
    ]) {
      expect(() => importSchedule(raw, ukZoneForOffset, 'schedules[0]')).not.toThrow();
    }
  });
});

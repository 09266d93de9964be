import type { Person, PersonId, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { supportNeeds } from '../directory/needs.js';
import { createSearchIndex } from '../search/search-index.js';
import { checkEligibility, postcodeInPrefix } from './eligibility.js';
import { needsForGoal } from './goals.js';
import { suggestServices } from './suggest.js';

const tenantId = 'tenant-1' as TenantId;
const index = createSearchIndex(exampleDirectory(tenantId, '2026-11-01'));
const now = '2026-11-29T12:00:00Z'; // Sunday
const T2DM = { system: 'http://snomed.info/sct', code: '44054006' };

const jo: Person = {
  schemaVersion: 1,
  id: 'p-1' as PersonId,
  tenantId,
  name: { given: 'Jo', family: 'Bloggs' },
  birthDate: '1961-03-02',
  conditions: [T2DM],
  communication: { format: 'standard', language: 'en', channel: 'app', interpreterNeeded: false },
  carers: [],
  consentToShare: true,
  address: {
    lines: ['1 Ash Road'],
    postcode: 'LS6 3HU',
    point: { latitude: 53.8215, longitude: -1.5723 },
  },
};

const ids = (r: ReturnType<typeof suggestServices>) =>
  r.ok ? r.value.map((s) => s.service.id) : r.error.code;

describe('suggestServices', () => {
  it('suggests the walking group for "lose weight", with reasons in words', () => {
    const r = suggestServices(index, jo, ['lose weight'], undefined, now);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((s) => s.service.id)).toEqual(['svc-walking', 'svc-skills']);
    expect(r.value[0]?.summary).toBe(
      "Woodhouse Moor walking group — physical activity and weight management for 'lose weight', 1.1 km, next session Tuesday 10:00",
    );
    // The cookery class would fit but has no places left.
    expect(ids(suggestServices(index, jo, [supportNeeds.healthyEating], undefined, now))).toEqual([
      'svc-skills',
    ]);
  });

  it('respects age, condition and area', () => {
    const teen = { ...jo, birthDate: '2011-01-01' };
    expect(ids(suggestServices(index, teen, ['walking'], undefined, now))).toEqual([]);
    const noDiabetes = { ...jo, conditions: [] };
    expect(
      ids(suggestServices(index, noDiabetes, [supportNeeds.selfManagement], undefined, now)),
    ).toEqual([]);
    const elsewhere = {
      ...jo,
      address: {
        lines: [],
        postcode: 'LS1 4AP',
        point: jo.address?.point ?? { latitude: 0, longitude: 0 },
      },
    };
    expect(
      ids(suggestServices(index, elsewhere, [supportNeeds.selfManagement], undefined, now)),
    ).toEqual([]);
    const noPostcode = { point: { latitude: 53.8215, longitude: -1.5723 } };
    const unsure = suggestServices(index, jo, [supportNeeds.selfManagement], noPostcode, now);
    expect(unsure.ok && unsure.value[0]?.eligibility).toBe('check');
  });

  it('includes phone services wherever the person is', () => {
    const r = suggestServices(
      index,
      jo,
      ['feeling lonely'],
      { point: { latitude: 51.5, longitude: -0.1 } },
      now,
    );
    expect(ids(r)).toEqual(['svc-nightline']);
  });

  it('says when a goal points to no need', () => {
    const r = suggestServices(index, jo, ['xyzzy'], undefined, now);
    expect(r.ok ? 'ok' : r.error.code).toBe('no-needs');
  });
});

describe('goals and postcodes', () => {
  it('maps goal words to needs', () => {
    expect(needsForGoal('Stop smoking and lose weight').map((c) => c.code)).toEqual([
      'weight',
      'physical-activity',
      'healthy-eating',
      'stop-smoking',
    ]);
  });

  it('matches postcode areas, districts and sectors exactly', () => {
    expect(postcodeInPrefix('ls6 1ab', 'LS')).toBe(true);
    expect(postcodeInPrefix('L1 8JQ', 'LS')).toBe(false);
    expect(postcodeInPrefix('L1 8JQ', 'L')).toBe(true);
    expect(postcodeInPrefix('LS6 1AB', 'LS6')).toBe(true);
    expect(postcodeInPrefix('LS16 1AB', 'LS6')).toBe(false);
    expect(postcodeInPrefix('LS61AB', 'LS6 1')).toBe(true);
    expect(postcodeInPrefix('LS16 1AB', 'LS6 1')).toBe(false);
    expect(postcodeInPrefix('LS6 1AB', 'LS6 1')).toBe(true);
  });
});

describe('suggestServices and checkEligibility at the boundary (fuzz regressions)', () => {
  it('refuses needs that are not a list with invalid-query, without throwing', () => {
    for (const needs of [null, undefined, {}, 'lose weight', 3]) {
      const r = suggestServices(index, jo, needs as never, undefined, now);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-query');
    }
  });

  it('refuses options, a place or a now it cannot read with invalid-query', () => {
    const code = (r: ReturnType<typeof suggestServices>) => (r.ok ? 'ok' : r.error.code);
    expect(code(suggestServices(index, jo, ['lose weight'], undefined, now, null as never))).toBe(
      'invalid-query',
    );
    expect(code(suggestServices(index, jo, ['lose weight'], 'LS6' as never, now))).toBe(
      'invalid-query',
    );
    expect(code(suggestServices(index, jo, ['lose weight'], undefined, 'yesterday'))).toBe(
      'invalid-query',
    );
  });

  it('checks eligibility with an unreadable now (a throwing proxy) without throwing, and never passes an age rule silently', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    );
    const service = exampleDirectory(tenantId, '2026-11-01').services[0];
    if (!service) throw new Error('no example service');
    const aged = { ...service, eligibility: { ...service.eligibility, minAge: 18 } };
    expect(checkEligibility(aged, jo, {}, hostile as never)).toEqual({
      status: 'check',
      reason: 'check their age',
    });
    expect(checkEligibility(aged, jo, {}, 'yesterday')).toEqual({
      status: 'check',
      reason: 'check their age',
    });
  });
});

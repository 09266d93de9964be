import type { TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { fromHsdsService } from './import.js';

const tenantId = 'tenant-1' as TenantId;
const base = {
  id: '5b1c1a36-0f0c-4a43-9a55-0a3c6c1f4f10',
  name: 'Carers café',
  status: 'active',
};

describe('lenient forms real feeds use (issue 13)', () => {
  it('imports with no livewell-only attributes and no organisation id: documented defaults, noted', () => {
    const r = fromHsdsService(base, { tenantId });
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.service;
    expect(s.support).toEqual({ kind: 'professional', formality: 'formal' });
    expect(s.referralRoutes).toEqual(['professional-referral']);
    expect(s.deliveryModes).toEqual(['in-person']);
    expect(r.value.notes.filter((n) => n.code === 'defaulted').length).toBeGreaterThanOrEqual(4);
    const again = fromHsdsService(base, { tenantId });
    expect(again.ok && again.value.service.organisationId).toBe(s.organisationId);
  });

  it('no cost option reads as cost unknown, never free', () => {
    const r = fromHsdsService(base, { tenantId });
    expect(r.ok && r.value.service.cost).toEqual({ kind: 'unknown' });
    expect(r.ok && r.value.notes.map((n) => n.code)).toContain('cost-unknown');
  });

  it('lower-case currency, quoted phone and free-text accessibility are kept', () => {
    const r = fromHsdsService(
      {
        ...base,
        cost_options: [{ id: 'c', amount: 4.5, currency: 'gbp', amount_description: 'a session' }],
        phones: [{ id: 'p', number: '"0113 496 0000"' }],
        contacts: [{ id: 'k', name: 'Sam', phones: [{ id: 'q', number: '0113.496.0001' }] }],
        service_at_locations: [
          {
            id: 'sal-1',
            location: {
              id: 'loc-1',
              location_type: 'physical',
              name: 'Hall',
              accessibility: [
                { id: 'a1', description: 'Hearing loop' },
                { id: 'a2', description: 'Ramp at the side door; ask at reception.' },
              ],
            },
          },
        ],
      },
      { tenantId },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.service.cost).toEqual({
      kind: 'paid',
      amount: 4.5,
      currency: 'GBP',
      per: 'a session',
    });
    expect(r.value.service.contacts.map((c) => c.phone)).toEqual([
      '0113 496 0001',
      '0113 496 0000',
    ]);
    expect(r.value.locations[0]?.accessibility).toEqual(['hearing-loop']);
    expect(r.value.locations[0]?.accessibilityNotes).toBe(
      'Ramp at the side door; ask at reception.',
    );
    expect(r.value.loss.map((l) => l.path)).not.toContain('phones[0].number');
  });

  it('a value that cannot be held is reported at its path, with the value', () => {
    const r = fromHsdsService({ ...base, url: 'not a url', minimum_age: 12.5 }, { tenantId });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.loss).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'url', code: 'not-imported', value: 'not a url' }),
        expect.objectContaining({ path: 'minimum_age', code: 'not-imported', value: 12.5 }),
      ]),
    );
    expect(r.value.service.url).toBeUndefined();
  });

  it('an unknown field is reported as not a field livewell maps', () => {
    const r = fromHsdsService({ ...base, x_custom: 'y' }, { tenantId });
    expect(r.ok && r.value.loss).toEqual([
      {
        path: 'x_custom',
        code: 'not-livewell',
        reason: 'x_custom is not a field livewell maps',
        value: 'y',
      },
    ]);
  });
});

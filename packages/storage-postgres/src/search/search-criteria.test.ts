import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCriteria } from './search-criteria.js';

describe('readCriteria (what the database narrows a search by)', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        readCriteria(value);
        readCriteria({ tenantId: 't', terms: value, near: value, statuses: value });
      }),
    );
  });

  it('reads nothing from a query whose fields throw, or with no tenant', () => {
    const hostile = Object.defineProperty({}, 'tenantId', {
      get() {
        throw new Error('boom');
      },
    });
    expect(readCriteria(hostile)).toBeUndefined();
    expect(
      readCriteria(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
          },
        ),
      ),
    ).toBeUndefined();
    expect(readCriteria({ tenantId: '' })).toBeUndefined();
    expect(readCriteria(null)).toBeUndefined();
  });

  it('narrows nothing by a criterion it cannot read (the ranking parser refuses the query)', () => {
    const c = readCriteria({ tenantId: 't', terms: [{ system: 1 }], near: { point: 'x' } });
    expect(c).toEqual({
      tenantId: 't',
      termKeys: undefined,
      allTerms: false,
      box: undefined,
      statuses: undefined,
    });
  });

  it('draws a box holding every point within the radius, by latitude only across the antimeridian', () => {
    const c = readCriteria({
      tenantId: 't',
      near: { point: { latitude: 52, longitude: 179.99 }, radiusKm: 20 },
    });
    expect(c?.box?.west).toBeUndefined();
    expect(c?.box?.south).toBeLessThan(52 - 20 / 111.2);
    const inland = readCriteria({
      tenantId: 't',
      near: { point: { latitude: 52, longitude: -1 }, radiusKm: 20 },
    });
    expect(inland?.box?.west).toBeLessThan(-1 - 20 / (111.2 * Math.cos((52 * Math.PI) / 180)));
  });
});

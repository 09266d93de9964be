import type { Organisation, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/oruk/examples.js';
import { orukServiceValidator } from '../../test/fixtures/oruk/strict-schema.js';
import { exampleDirectory } from '../directory/example-directory.js';
import { englandAndWalesBankHolidays } from '../schedule/bank-holidays.js';
import { LIVEWELL_EXTENSIONS, toHsdsService } from './export.js';

const tenantId = 'tenant-1' as TenantId;
const validate = orukServiceValidator();
const bankHolidays = [2026, 2027].flatMap(englandAndWalesBankHolidays);

describe('ORUK-profile export', () => {
  it('the closed ORUK schema accepts the profile example and rejects an extra field', () => {
    const example = fixture('uk-profile/service_full.json') as Record<string, unknown>;
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, wkst: 'MO' })).toBe(false);
  });

  it('every demo service exports with only what the UK profile defines', () => {
    const d = exampleDirectory(tenantId, '2026-11-01');
    for (const s of d.services) {
      const { service, notes } = toHsdsService(s, {
        organisation: d.organisations.find((o) => o.id === s.organisationId) as Organisation,
        locations: d.locations,
        bankHolidays,
      });
      const ok = validate(JSON.parse(JSON.stringify(service)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      // What the profile cannot hold is noted, path by path.
      for (const n of notes.filter((x) => x.code === 'not-in-profile'))
        expect(n.path.length).toBeGreaterThan(0);
    }
  });

  it('extras: what the profile cannot hold goes under the livewell extension namespace', () => {
    const d = exampleDirectory(tenantId, '2026-11-01');
    const s = d.services.find((x) => x.languages.length > 0 || x.contacts.length > 0);
    if (!s) throw new Error('the demo has a service with languages or contacts');
    const plain = toHsdsService(s, { locations: d.locations, bankHolidays });
    const withExtras = toHsdsService(s, { locations: d.locations, bankHolidays, extras: true });
    const ext = withExtras.service.livewell_extensions;
    expect(ext?.namespace).toBe(LIVEWELL_EXTENSIONS.namespace);
    const removed = plain.notes.filter((n) => n.code === 'not-in-profile').map((n) => n.path);
    expect(Object.keys(ext?.fields ?? {}).sort()).toEqual(
      removed.filter((p) => p !== 'cost').sort(),
    );
    expect(validate(JSON.parse(JSON.stringify(withExtras.service)))).toBe(false);
  });
});

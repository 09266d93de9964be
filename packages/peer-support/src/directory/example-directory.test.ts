import { parseLocation, parseOrganisation, parseService, type TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from './example-directory.js';

describe('example directory', () => {
  it('holds only valid records', () => {
    const d = exampleDirectory('tenant-1' as TenantId, '2026-11-01');
    for (const s of d.services) expect(parseService(s)).toEqual({ ok: true, value: s });
    for (const l of d.locations) expect(parseLocation(l)).toEqual({ ok: true, value: l });
    for (const o of d.organisations) expect(parseOrganisation(o)).toEqual({ ok: true, value: o });
  });
});

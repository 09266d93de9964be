import { readFileSync } from 'node:fs';
import type { Location, Organisation, RecordId, Service, TenantId } from '@livewell/core';
import { locationArb, organisationArb, serviceArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../test/fixtures/hsds/validate.js';
import { exampleDirectory } from '../directory/example-directory.js';
import { toHsdsService } from './export.js';
import { fromHsdsService } from './import.js';

const schema = JSON.parse(
  readFileSync(new URL('../../test/fixtures/hsds/service.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const tenantId = 'tenant-1' as TenantId;

/** A service and its records with UUID ids (HSDS ids are UUIDs) and only what HSDS 3.0 holds. */
const caseArb = fc
  .record({
    service: serviceArb,
    ids: fc.record({ service: fc.uuid(), org: fc.uuid() }),
    sites: fc.array(fc.record({ sal: fc.uuid(), location: locationArb, id: fc.uuid() }), {
      maxLength: 2,
    }),
    organisation: organisationArb,
  })
  .map(({ service, ids, sites, organisation }) => {
    const { capacity: _capacity, ...rest } = service;
    const locations: Location[] = sites.map(({ location, id }) => {
      const { lastVerified: _v, organisationId: _o, ...l } = location;
      return {
        ...l,
        id: id as RecordId,
        tenantId,
        organisationId: ids.org as RecordId,
        address: { ...l.address, lines: l.address.lines.slice(0, 2) },
      };
    });
    const { lastVerified: _ov, ...org } = organisation;
    const s: Service = {
      ...rest,
      id: ids.service as RecordId,
      tenantId,
      organisationId: ids.org as RecordId,
      schedules: [],
      locations: sites.map(({ sal, id }) => ({
        id: sal as RecordId,
        locationId: id as RecordId,
        schedules: [],
      })),
    };
    return {
      service: s,
      locations,
      organisation: { ...org, id: ids.org as RecordId, tenantId } as Organisation,
    };
  });

describe('Open Referral UK / HSDS 3.0 interchange', () => {
  it('export validates against the official compiled HSDS service schema', () => {
    const d = exampleDirectory(tenantId, '2026-11-01');
    for (const s of d.services) {
      const { service } = toHsdsService(s, {
        organisation: d.organisations.find((o) => o.id === s.organisationId) as Organisation,
        locations: d.locations,
      });
      expect(validate(schema, JSON.parse(JSON.stringify(service)))).toEqual([]);
    }
    // The checker can fail: a missing status and a non-UUID schedule id are caught.
    const { service } = toHsdsService(d.services[1] as Service, { locations: d.locations });
    const { status: _s, ...broken } = service;
    const schedules = service.schedules ?? [];
    const wrongId = { ...service, schedules: [{ ...schedules[0], id: 'sch-1' }] };
    expect(validate(schema, broken)).toEqual(['$: missing status']);
    expect(validate(schema, wrongId)).toEqual(['$.schedules[0].id: not a uuid']);
  });

  it('export → import is the identity for what HSDS holds, and every export validates', () => {
    fc.assert(
      fc.property(caseArb, ({ service, locations, organisation }) => {
        const exported = toHsdsService(service, { organisation, locations, profile: 'hsds' });
        const json: unknown = JSON.parse(JSON.stringify(exported.service));
        expect(validate(schema, json)).toEqual([]);
        const back = fromHsdsService(json, { tenantId });
        if (!back.ok) throw new Error(back.error.message);
        expect(back.value.service).toEqual(service);
        expect(back.value.locations).toEqual(locations);
        expect(back.value.organisation).toEqual(organisation);
      }),
      { numRuns: 100 },
    );
  });

  it('reports what HSDS 3.0 cannot hold instead of dropping it silently', () => {
    const d = exampleDirectory(tenantId, '2026-11-01');
    const walking = d.services[0] as Service;
    const { notes } = toHsdsService(walking, { locations: d.locations });
    expect(notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['capacity', 'bank-holidays-unknown', 'verification-date']),
    );
  });

  it('rejects what is not an HSDS service with a typed error', () => {
    const r = fromHsdsService({ name: 'x' }, { tenantId });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-hsds');
    const bad = fromHsdsService({ id: 'not-a-service', name: 'x', status: 'open' }, { tenantId });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-hsds');
  });
});

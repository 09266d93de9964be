/**
 * The practice's FHIR export: one self-contained R4 transaction Bundle per person, built from
 * what is stored (person, every plan version, assessments, referrals) plus the practice's staff
 * and the local directory, so every reference in it resolves to an entry.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { shippedInstruments } from '@livewell/activation';
import type { Practitioner } from '@livewell/core';
import { toFhirTransactionBundle } from '@livewell/fhir';
import type { Store, TenantStore } from '@livewell/storage';
import { PRACTICE, staff } from '../world.js';

/** A FHIR R4 Bundle as `@livewell/fhir` writes it. */
export type Bundle = Extract<ReturnType<typeof toFhirTransactionBundle>, { ok: true }>['value'];

import { listAll } from './cohort.js';

/** The practice team as practitioner records (names and roles the demo holds). */
export const staffPractitioners: readonly Practitioner[] = Object.values(staff).map((s) => ({
  schemaVersion: 1,
  id: s.actor.practitionerId,
  tenantId: PRACTICE,
  name: s.name,
  role: s.actor.role,
}));

/** One FHIR transaction Bundle per person on the register, read back from storage. */
export async function personBundles(practice: TenantStore): Promise<Bundle[]> {
  const [people, services, organisations, locations] = await Promise.all([
    listAll((p) => practice.people.list(p)),
    listAll((p) => practice.services.list(p)),
    listAll((p) => practice.organisations.list(p)),
    listAll((p) => practice.locations.list(p)),
  ]);
  const bundles: Bundle[] = [];
  for (const { record: person } of people) {
    const held = await practice.exportPerson(person.id);
    const bundle = toFhirTransactionBundle({
      person,
      carePlans: held.carePlans.map((p) => p.snapshot.record),
      assessments: held.assessments,
      referrals: held.referrals.map((r) => r.snapshot.record),
      instruments: Object.values(shippedInstruments),
      practitioners: staffPractitioners,
      services: services.map((s) => s.record),
      organisations: organisations.map((o) => o.record),
      locations: locations.map((l) => l.record),
    });
    if (!bundle.ok) throw new Error(`demo: ${bundle.error.message}`);
    bundles.push(bundle.value);
  }
  return bundles;
}

/** Writes each person's Bundle to `<dir><person id>.json`; returns the folder. */
export async function writeFhirBundles(store: Store, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const bundles = await personBundles(store.forTenant(PRACTICE));
  for (const bundle of bundles) {
    const patient = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')?.resource;
    writeFileSync(`${dir}${patient?.id ?? 'unknown'}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
  }
  return `${bundles.length} self-contained transaction Bundles in ${dir}`;
}

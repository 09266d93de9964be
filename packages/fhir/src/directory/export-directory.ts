import type { Location, Organisation, Service } from '@livewell/core';
import type {
  ContactPoint,
  Location as FhirLocation,
  HealthcareService,
  Organization,
} from '@medplum/fhirtypes';
import { toFhirCoding } from '../shared/coding.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { detailsExtension } from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { scheduleAvailability } from './available-time.js';

/** The code system of BCP 47 language tags. */
export const LANGUAGE_SYSTEM = 'urn:ietf:bcp:47';

function telecom(url?: string, email?: string): ContactPoint[] {
  const out: ContactPoint[] = [];
  if (url) out.push({ system: 'url', value: url });
  if (email) out.push({ system: 'email', value: email });
  return out;
}

const tenantExt = (tenantId: string) => ({ url: LivewellExtensions.tenant, valueString: tenantId });

/** An organisation as FHIR `Organization` (name, website and email as telecom). */
export function toFhirOrganization(o: Organisation): Organization {
  const out: Organization = {
    resourceType: 'Organization',
    meta: ukCoreMeta('Organization'),
    id: fhirId(o.id),
    identifier: [livewellIdentifier('organisation', o.id)],
    extension: [
      tenantExt(o.tenantId),
      ...detailsExtension({ description: o.description, lastVerified: o.lastVerified }),
    ],
    active: true,
    name: o.name,
  };
  const t = telecom(o.website, o.email);
  if (t.length > 0) out.telecom = t;
  return out;
}

/** A location as FHIR `Location` (address, map position, managing organisation). */
export function toFhirLocation(l: Location): FhirLocation {
  const out: FhirLocation = {
    resourceType: 'Location',
    meta: ukCoreMeta('Location'),
    id: fhirId(l.id),
    identifier: [livewellIdentifier('location', l.id)],
    extension: [
      tenantExt(l.tenantId),
      ...detailsExtension({
        accessibility: l.accessibility.length > 0 ? l.accessibility : undefined,
        lastVerified: l.lastVerified,
      }),
    ],
    status: 'active',
    name: l.name,
  };
  if (l.description) out.description = l.description;
  const { lines, city, postcode, point } = l.address;
  const address: NonNullable<FhirLocation['address']> = {};
  if (lines.length > 0) address.line = [...lines];
  if (city) address.city = city;
  if (postcode) address.postalCode = postcode;
  if (Object.keys(address).length > 0) out.address = address;
  if (point) out.position = { latitude: point.latitude, longitude: point.longitude };
  if (l.organisationId) {
    out.managingOrganization = referenceTo('Organization', 'organisation', l.organisationId);
  }
  return out;
}

/**
 * A service as FHIR `HealthcareService`: provider, name, description, telecom, needs as `type`,
 * languages as `communication`, the places it runs as `location`, and its schedules as
 * `availableTime` where FHIR can express them (weekly or daily, every period, closing the same
 * day); other patterns are described in `availabilityExceptions`. Eligibility, cost, capacity,
 * support kind, delivery modes and the exact schedules travel in the livewell-details extension.
 */
export function toFhirHealthcareService(s: Service): HealthcareService {
  const schedules = [...s.schedules, ...s.locations.flatMap((l) => l.schedules)];
  const availability = scheduleAvailability(schedules);
  const out: HealthcareService = {
    resourceType: 'HealthcareService',
    meta: ukCoreMeta('HealthcareService'),
    id: fhirId(s.id),
    identifier: [livewellIdentifier('service', s.id)],
    extension: [
      tenantExt(s.tenantId),
      ...detailsExtension({
        status: s.status,
        conditions: s.conditions,
        support: s.support,
        deliveryModes: s.deliveryModes,
        referralRoutes: s.referralRoutes,
        eligibility: s.eligibility,
        cost: s.cost,
        capacity: s.capacity,
        accessibility: s.accessibility,
        contacts: s.contacts,
        locations: s.locations,
        schedules: s.schedules,
        lastVerified: s.lastVerified,
      }),
    ],
    active: s.status === 'active',
    providedBy: referenceTo('Organization', 'organisation', s.organisationId),
    name: s.name,
  };
  if (s.description) out.comment = s.description;
  if (s.needs.length > 0) out.type = s.needs.map((n) => ({ coding: [toFhirCoding(n)] }));
  const t = telecom(s.url, s.email);
  if (t.length > 0) out.telecom = t;
  if (s.languages.length > 0) {
    out.communication = s.languages.map((code) => ({
      coding: [{ system: LANGUAGE_SYSTEM, code }],
    }));
  }
  if (s.locations.length > 0) {
    out.location = s.locations.map((l) => referenceTo('Location', 'location', l.locationId));
  }
  if (availability.availableTime.length > 0) out.availableTime = [...availability.availableTime];
  if (availability.notAvailable.length > 0) out.notAvailable = [...availability.notAvailable];
  if (availability.exceptions.length > 0) {
    out.availabilityExceptions = `Also: ${availability.exceptions.join('; ')}.`;
  }
  return out;
}

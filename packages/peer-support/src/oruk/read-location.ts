import {
  AccessibilityFeatureSchema,
  type Location,
  LocationSchema,
  parseLocation,
  type RecordId,
  RecordIdSchema,
  type TenantId,
} from '@livewell/core';
import { num, objects } from './read.js';
import { at, type Reading, text } from './reading.js';

const FEATURES = new Map(
  AccessibilityFeatureSchema.options.map((f) => [f.replace(/-/g, ' '), f] as const),
);

/** A location's accessibility: livewell features when named exactly, else the text itself. */
function readAccessibility(r: Reading, loc: Record<string, unknown>, path: string) {
  const features: Location['accessibility'] = [];
  const texts: string[] = [];
  objects(loc.accessibility).forEach((a, i) => {
    const base = at(at(path, 'accessibility'), i);
    for (const k of ['description', 'details', 'accessibility']) {
      const t = text(a[k]);
      if (!t) continue;
      const feature = FEATURES.get(t.trim().toLowerCase().replace(/-/g, ' '));
      if (feature && !features.includes(feature)) features.push(feature);
      else if (!feature && !texts.includes(t)) texts.push(t);
      r.ledger.keep(at(base, k));
    }
  });
  const notes = texts.join('\n');
  return { features, ...(notes ? { notes: notes.slice(0, 5000) } : {}) };
}

export function readLocation(
  r: Reading,
  loc: Record<string, unknown>,
  path: string,
  id: RecordId,
  base: { schemaVersion: 1; tenantId: TenantId },
): Location | undefined {
  const L = LocationSchema.shape;
  const addresses = objects(loc.addresses);
  const chosen = Math.max(
    0,
    addresses.findIndex((a) => a.address_type === 'physical'),
  );
  addresses.forEach((_, i) => {
    if (i !== chosen)
      r.ledger.lose(at(at(path, 'addresses'), i), 'livewell keeps one address per location');
  });
  const address = addresses[chosen] ?? {};
  const apath = at(at(path, 'addresses'), chosen);
  const line = L.address.shape.lines._zod.def.element;
  const lines = ['address_1', 'address_2', 'address_3', 'address_4']
    .map((k) => {
      const t = text(address[k]);
      return t ? r.take(line, t, at(apath, k), 'address line') : undefined;
    })
    .filter((l): l is string => l !== undefined);
  const city = text(address.city);
  const postcode = text(address.postal_code);
  const lat = num(loc.latitude);
  const lon = num(loc.longitude);
  const point = L.address.shape.point.safeParse(
    lat === undefined || lon === undefined ? undefined : { latitude: lat, longitude: lon },
  );
  if (point.success && point.data) {
    r.ledger.keep(at(path, 'latitude'));
    r.ledger.keep(at(path, 'longitude'));
  } else if (lat !== undefined || lon !== undefined) {
    r.ledger.lose(at(path, 'latitude'), 'not a point on the map');
    r.ledger.lose(at(path, 'longitude'), 'not a point on the map');
  }
  const name = text(loc.name);
  if (name) r.ledger.keep(at(path, 'name'));
  else r.note(path, 'defaulted', 'a location with no name is named "Location"');
  const access = readAccessibility(r, loc, path);
  const organisationId = r.take(
    RecordIdSchema,
    loc.organization_id,
    at(path, 'organization_id'),
    'organisation id',
  );
  const description = r.take(
    L.description._zod.def.innerType,
    loc.description,
    at(path, 'description'),
    'description',
  );
  const candidate: Location = {
    ...base,
    id,
    ...(organisationId ? { organisationId } : {}),
    name: (name || 'Location').slice(0, 300),
    ...(description ? { description } : {}),
    address: {
      lines,
      ...(city
        ? { city: r.take(L.address.shape.city._zod.def.innerType, city, at(apath, 'city'), 'city') }
        : {}),
      ...(postcode
        ? {
            postcode: r.take(
              L.address.shape.postcode._zod.def.innerType,
              postcode,
              at(apath, 'postal_code'),
              'postcode',
            ),
          }
        : {}),
      ...(point.success && point.data ? { point: point.data } : {}),
    },
    accessibility: access.features,
    ...(access.notes ? { accessibilityNotes: access.notes } : {}),
  };
  const parsed = parseLocation(JSON.parse(JSON.stringify(candidate)));
  if (!parsed.ok) {
    r.ledger.lose(path, `the location does not fit livewell's model: ${parsed.error.message}`);
    return undefined;
  }
  return parsed.value;
}

import type { ServiceArea } from '@livewell/core';
import { isObject, num, objects, str } from './read.js';
import { at, E, type Reading } from './reading.js';

function areaOf(a: Record<string, unknown>): ServiceArea | undefined {
  const name = str(a.name) ?? 'Area';
  const extent = str(a.extent) ?? '';
  if (a.extent_type === 'livewell-postcode-prefixes') {
    return { kind: 'postcodes', name, prefixes: extent.split(',').filter((p) => p.length > 0) };
  }
  if (a.extent_type === 'livewell-radius-km') {
    try {
      const c: unknown = JSON.parse(extent);
      const lat = isObject(c) ? num(c.latitude) : undefined;
      const lon = isObject(c) ? num(c.longitude) : undefined;
      const km = isObject(c) ? num(c.radiusKm) : undefined;
      if (lat !== undefined && lon !== undefined && km !== undefined)
        return { kind: 'radius', name, centre: { latitude: lat, longitude: lon }, radiusKm: km };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Service areas: livewell's own forms are read; any other is kept as eligibility text. */
export function readAreas(r: Reading, input: Record<string, unknown>) {
  const areas: ServiceArea[] = [];
  const texts: string[] = [];
  objects(input.service_areas).forEach((a, i) => {
    const path = at('service_areas', i);
    const area = areaOf(a);
    const parsed = area && E.shape.areas._zod.def.element.safeParse(area);
    if (parsed?.success && areas.length < 50) {
      areas.push(parsed.data);
      for (const k of ['name', 'extent', 'extent_type', 'description']) r.ledger.keep(at(path, k));
      return;
    }
    const words = [str(a.name), str(a.description), str(a.service_area)].filter(
      (t, j, all): t is string => !!t && all.indexOf(t) === j,
    );
    if (words.length === 0) return;
    texts.push(`Service area: ${words.join(' — ')}`);
    for (const k of ['name', 'description', 'service_area'])
      if (str(a[k])) r.ledger.keep(at(path, k));
    r.ledger.lose(
      at(path, 'extent'),
      `livewell reads postcode-prefix and radius areas only: this ${str(a.extent_type) ?? 'untyped'} extent is kept as eligibility text`,
    );
    r.note(path, 'derived', 'service area kept as text in the eligibility description');
  });
  return { areas, texts };
}

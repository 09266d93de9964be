import {
  AccessibilityFeatureSchema,
  type Coding,
  CodingSchema,
  type DeliveryMode,
  DeliveryModeSchema,
  ReferralRouteSchema,
  type Service,
  SupportFormalitySchema,
  SupportKindSchema,
} from '@livewell/core';
import * as z from 'zod';
import { isObject, objects, str } from './read.js';
import { at, type Reading } from './reading.js';
import { LINK_TYPES } from './taxonomy.js';

const LIVEWELL_LINKS = new Set<string>(Object.values(LINK_TYPES));

/** A taxonomy term as a coding: `taxonomy` (or its id) is the system, `code` (or term, id) the code. */
function termCoding(r: Reading, term: Record<string, unknown>, path: string): Coding | undefined {
  const systemKey = ['taxonomy', 'taxonomy_id'].find((k) => str(term[k]));
  const codeKey = ['code', 'term', 'id'].find((k) => str(term[k]));
  if (!systemKey || !codeKey) return undefined;
  // The display: the description, else a name that is more than the code itself.
  const displayKey = ['description', 'name'].find(
    (k) => str(term[k]) && (k === 'description' || term[k] !== term[codeKey]),
  );
  const coding = CodingSchema.safeParse({
    system: term[systemKey],
    code: term[codeKey],
    ...(displayKey && term[displayKey] !== '' ? { display: term[displayKey] } : {}),
  });
  if (!coding.success) return undefined;
  for (const k of [systemKey, codeKey, ...(displayKey ? [displayKey] : [])])
    r.ledger.keep(at(path, k));
  return coding.data;
}

export function readAttributes(r: Reading, input: Record<string, unknown>) {
  const out = {
    needs: [] as Coding[],
    conditions: [] as Coding[],
    eligibilityConditions: [] as Coding[],
    kind: undefined as Service['support']['kind'] | undefined,
    formality: undefined as Service['support']['formality'] | undefined,
    modes: [] as DeliveryMode[],
    routes: [] as Service['referralRoutes'],
    accessibility: [] as Service['accessibility'],
  };
  const seen = new Set<string>();
  objects(input.attributes).forEach((a, i) => {
    const path = at('attributes', i);
    const term = isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
    if (!term) {
      r.ledger.lose(path, 'an attribute without a taxonomy term is not read');
      return;
    }
    const linkType = str(a.link_type);
    const coding = termCoding(r, term, at(path, 'taxonomy_term'));
    if (!coding) {
      r.ledger.lose(path, 'the taxonomy term has no taxonomy and code livewell can hold');
      return;
    }
    const key = `${linkType}|${coding.system}|${coding.code}`;
    if (seen.has(key)) {
      r.ledger.lose(path, 'the same term is linked twice');
      return;
    }
    seen.add(key);
    const enumValue = <T>(schema: z.core.$ZodType<T>): T | undefined => {
      const v = z.safeParse(schema, coding.code);
      if (!v.success) r.ledger.lose(path, `${coding.code} is not a livewell ${linkType} value`);
      return v.success ? v.data : undefined;
    };
    const limit = <T>(list: T[], value: T | undefined, max: number) => {
      if (value === undefined) return false;
      if (list.length >= max || list.includes(value)) {
        r.ledger.lose(path, `livewell keeps at most ${max} distinct ${linkType} values`);
        return false;
      }
      list.push(value);
      return true;
    };
    let kept = false;
    switch (linkType && LIVEWELL_LINKS.has(linkType) ? linkType : 'other') {
      case LINK_TYPES.need:
        kept = limit(out.needs, coding, 50);
        break;
      case LINK_TYPES.condition:
        kept = limit(out.conditions, coding, 50);
        break;
      case LINK_TYPES.eligibilityCondition:
        kept = limit(out.eligibilityConditions, coding, 50);
        break;
      case LINK_TYPES.supportKind: {
        const v = enumValue(SupportKindSchema);
        kept = v !== undefined && out.kind === undefined;
        if (kept) out.kind = v;
        break;
      }
      case LINK_TYPES.supportFormality: {
        const v = enumValue(SupportFormalitySchema);
        kept = v !== undefined && out.formality === undefined;
        if (kept) out.formality = v;
        break;
      }
      case LINK_TYPES.deliveryMode:
        kept = limit(out.modes, enumValue(DeliveryModeSchema), 3);
        break;
      case LINK_TYPES.referralRoute:
        kept = limit(out.routes, enumValue(ReferralRouteSchema), 2);
        break;
      case LINK_TYPES.accessibility:
        kept = limit(out.accessibility, enumValue(AccessibilityFeatureSchema), 20);
        break;
      default:
        // Any other taxonomy (a directory's service categories): what the service helps with.
        kept = limit(out.needs, coding, 50);
        if (kept) r.note(path, 'derived', `a ${linkType ?? 'untyped'} term read as a need`);
    }
    if (kept && linkType) r.ledger.keep(at(path, 'link_type'));
  });
  return out;
}

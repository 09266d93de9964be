import fc from 'fast-check';
import type { AuditEvent, JsonValue } from '../audit/index.js';
import {
  actorArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

/** True when `value` has a `__proto__` key at any depth (parsing drops it: see `JsonValueSchema`). */
const hasProtoKey = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (Object.hasOwn(value, '__proto__') || Object.values(value).some(hasProtoKey));

/** A JSON value with finite numbers only, and no `__proto__` key (which parsing drops). */
export const jsonValueArb: fc.Arbitrary<JsonValue> = fc
  .jsonValue({ maxDepth: 2 })
  .map((v) => JSON.parse(JSON.stringify(v)) as JsonValue)
  .filter((v) => !hasProtoKey(v));

/** An audit event. */
export const auditEventArb: fc.Arbitrary<AuditEvent> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    at: isoInstantArb,
    actor: actorArb,
    action: fc.constantFrom(
      'care-plan.agreed',
      'assessment.recorded',
      'person.erased',
      'referral.made',
    ),
    subject: fc.record({
      kind: fc.constantFrom('care-plan', 'assessment', 'person'),
      id: textArb(30),
    }),
    personId: personIdArb,
    details: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 10 }).filter((key) => key !== '__proto__'),
      jsonValueArb,
      {
        maxKeys: 3,
      },
    ),
  },
  { requiredKeys: ['schemaVersion', 'id', 'tenantId', 'at', 'actor', 'action', 'subject'] },
);

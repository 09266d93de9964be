import { makeParser } from '../parse.js';
import { AuditEventSchema } from './audit-event.js';

export type { AuditEvent, JsonValue } from './audit-event.js';
export { AuditEventSchema, JsonValueSchema } from './audit-event.js';

/** Parses untrusted input as an {@link AuditEvent}. */
export const parseAuditEvent = makeParser('AuditEvent', AuditEventSchema);

/** The audit area's top-level schemas, by name. */
export const auditSchemas = { AuditEvent: AuditEventSchema } as const;

import {
  type Organisation,
  OrganisationSchema,
  parseOrganisation,
  RecordIdSchema,
  type TenantId,
} from '@livewell/core';
import { type Reading, text } from './reading.js';

export function readOrganisation(
  r: Reading,
  org: Record<string, unknown>,
  base: { schemaVersion: 1; tenantId: TenantId },
): Organisation | undefined {
  const O = OrganisationSchema.shape;
  const id = r.take(RecordIdSchema, org.id, 'organization.id', 'organisation id');
  const name = r.take(O.name, text(org.name), 'organization.name', 'organisation name');
  if (!id || !name) {
    r.ledger.lose('organization', 'an organisation needs an id and a name');
    return undefined;
  }
  const description = text(org.description)
    ? r.take(
        O.description._zod.def.innerType,
        org.description,
        'organization.description',
        'description',
      )
    : undefined;
  const email = r.take(
    O.email._zod.def.innerType,
    org.email,
    'organization.email',
    'email address',
  );
  const website = r.take(
    O.website._zod.def.innerType,
    org.website,
    'organization.website',
    'web address',
  );
  const parsed = parseOrganisation({
    ...base,
    id,
    name,
    ...(description ? { description } : {}),
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
  });
  return parsed.ok ? parsed.value : undefined;
}

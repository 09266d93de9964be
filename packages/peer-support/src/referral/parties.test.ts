import { referralArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedPartiesOf } from '../programme/access.js';
import { partiesOf } from './parties.js';

/** Regression (fuzz): `partiesOf` read `context.records.person` unguarded and threw. */
describe('partiesOf on a context without the shape authorisation reads', () => {
  const [referral] = fc.sample(referralArb, { numRuns: 1, seed: 4 });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const contexts: Record<string, unknown> = {
    null: null,
    'no records': { now: '2026-01-01T00:00:00Z', actor: { kind: 'person', personId: 'p' } },
    'a revoked proxy': revoked.proxy,
    'a throwing getter': Object.defineProperty({}, 'now', {
      get: () => {
        throw new Error('hostile');
      },
    }),
  };
  // 100k fuzz run, seed 1390682643: a membership whose `practitionerId` getter throws.
  const hostileMembership = Object.defineProperty(
    { organisationId: 'org-1', since: '2025-01-01T00:00:00Z' },
    'practitionerId',
    {
      enumerable: true,
      get: () => {
        throw new Error('hostile');
      },
    },
  );
  contexts['a membership with a throwing getter'] = {
    now: '2026-01-01T00:00:00Z',
    actor: { kind: 'practitioner', practitionerId: 'pr-1', role: 'link-worker' },
    records: {
      service: { id: 's-1', organisationId: 'org-1' },
      person: { id: 'p-1', carers: [] },
      memberships: [hostileMembership],
      systems: [],
    },
  };
  it.each(Object.entries(contexts))('%s acts as no party', (_name, context) => {
    if (!referral) throw new Error('no referral');
    expect(partiesOf(referral, context as never).size).toBe(0);
    expect(checkedPartiesOf(context as never).size).toBe(0);
  });
});

/**
 * Actor fuzz (issue 11 item 7): random actors of every kind, random records and random
 * referrals, against an oracle written from the documented rules (docs/referrals-and-programmes.md),
 * independently of the machine. Zero commands may be accepted outside the rules, and every
 * command inside them is accepted.
 */
import type {
  Actor,
  CarerId,
  IsoInstant,
  PersonId,
  PractitionerId,
  RecordId,
  Referral,
  ReferralCommand,
  ReferralContext,
  ReferralRecords,
  ReferralStatus,
  TenantId,
} from '@livewell/core';
import { sequentialIds } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lifecycle } from './lifecycle.js';
import { allowedCommands } from './transition.js';

const referralCommandTypes = lifecycle.commandTypes;

import { transition } from './transition.js';

const PERSON = 'p-1' as PersonId;
const practitioners = ['pr-1', 'pr-2', 'pr-3'] as const;
const organisations = ['org-a', 'org-b'] as const;
const carers = ['c-1', 'c-2', 'c-3'] as const;
const systemNames = ['hub', 'feed', 'stranger'] as const;
const UPDATED = '2026-11-10T09:00:00Z';
const NOW = '2026-11-12T09:00:00Z';

const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  fc
    .constantFrom(PERSON, 'p-2' as PersonId)
    .map((personId): Actor => ({ kind: 'person', personId })),
  fc
    .tuple(fc.constantFrom(...carers), fc.constantFrom(PERSON, 'p-2' as PersonId))
    .map(([id, onBehalfOf]): Actor => ({ kind: 'carer', carerId: id as CarerId, onBehalfOf })),
  fc
    .tuple(fc.constantFrom(...practitioners), fc.constantFrom('gp', 'link-worker', 'receptionist'))
    .map(
      ([id, role]): Actor => ({
        kind: 'practitioner',
        practitionerId: id as PractitionerId,
        role: role as 'gp',
      }),
    ),
  fc.constantFrom(...systemNames).map((name): Actor => ({ kind: 'system', name })),
);

const recordsArb: fc.Arbitrary<ReferralRecords> = fc.record({
  service: fc
    .constantFrom(...organisations)
    .map((org) => ({ id: 'svc' as RecordId, organisationId: org as RecordId })),
  person: fc
    .uniqueArray(fc.tuple(fc.constantFrom(...carers), fc.boolean()), {
      selector: ([id]) => id,
      maxLength: 3,
    })
    .map((list) => ({
      id: PERSON,
      carers: list.map(([id, consentToShare]) => ({
        id: id as CarerId,
        name: 'Carer',
        relationship: 'friend',
        consentToShare,
      })),
    })),
  memberships: fc.array(
    fc.record(
      {
        practitionerId: fc.constantFrom(...practitioners).map((id) => id as PractitionerId),
        organisationId: fc.constantFrom(...organisations).map((id) => id as RecordId),
        until: fc.constantFrom('2026-11-11T09:00:00Z', '2026-11-13T09:00:00Z'),
      },
      { requiredKeys: ['practitionerId', 'organisationId'] },
    ),
    { maxLength: 4 },
  ),
  systems: fc.array(
    fc.record({
      name: fc.constantFrom(...systemNames),
      organisationIds: fc.subarray([...organisations]).map((ids) => ids as RecordId[]),
    }),
    { maxLength: 3 },
  ),
});

const statusArb = fc.constantFrom<ReferralStatus>(
  'draft',
  'made',
  'contacted',
  'accepted',
  'attending',
  'paused',
  'completed',
  'declined',
  'not-completed',
  'entered-in-error',
);
const resumable = ['made', 'contacted', 'accepted', 'attending'] as const;

const referralArb: fc.Arbitrary<Referral> = fc
  .record({
    referrer: actorArb,
    route: fc.constantFrom('self-referral', 'professional-referral', 'signposting'),
    status: statusArb,
    pausedFrom: fc.constantFrom(...resumable),
  })
  .map(({ referrer, route, status, pausedFrom }) => ({
    schemaVersion: 1,
    id: 'ref-1' as RecordId,
    tenantId: 't-1' as TenantId,
    personId: PERSON,
    serviceId: 'svc' as RecordId,
    referrer,
    route,
    reason: { needs: [] },
    status,
    ...(status === 'paused' ? { pausedFrom } : {}),
    history: [{ status: 'draft', at: UPDATED, actor: referrer }],
    codes: [],
    createdAt: UPDATED,
    updatedAt: UPDATED,
  }));

const commandArb: fc.Arbitrary<ReferralCommand> = fc
  .tuple(
    fc.constantFrom(...referralCommandTypes),
    fc.constantFrom(undefined, 'person', 'carer', 'service'),
  )
  .map(([type, declinedBy]): ReferralCommand => {
    if (type === 'mark-not-completed') return { type, reason: 'r', cause: 'other' };
    if (type === 'decline') {
      return declinedBy === undefined ? { type, reason: 'r' } : { type, reason: 'r', declinedBy };
    }
    return { type, reason: 'r' };
  });

// ---- The oracle: the documented rules, written out again. ----

const before = (until: IsoInstant | undefined) => until === undefined || NOW < until;

function oracle(
  referral: Referral,
  command: ReferralCommand,
  actor: Actor,
  records: ReferralRecords,
) {
  const consenting = (carerId: string) =>
    records.person.carers.some((c) => c.id === carerId && c.consentToShare);
  const isPerson =
    (actor.kind === 'person' && actor.personId === PERSON) ||
    (actor.kind === 'carer' && actor.onBehalfOf === PERSON && consenting(actor.carerId));
  const org = records.service.organisationId;
  const isService =
    (actor.kind === 'practitioner' &&
      records.memberships.some(
        (m) =>
          m.practitionerId === actor.practitionerId && m.organisationId === org && before(m.until),
      )) ||
    (actor.kind === 'system' &&
      records.systems.some((s) => s.name === actor.name && s.organisationIds.includes(org)));
  const r = referral.referrer;
  const isRecordedReferrer =
    (actor.kind === 'person' && r.kind === 'person' && r.personId === actor.personId) ||
    (actor.kind === 'carer' &&
      r.kind === 'carer' &&
      r.carerId === actor.carerId &&
      r.onBehalfOf === actor.onBehalfOf &&
      actor.onBehalfOf === PERSON &&
      consenting(actor.carerId)) ||
    (actor.kind === 'practitioner' &&
      r.kind === 'practitioner' &&
      r.practitionerId === actor.practitionerId) ||
    (actor.kind === 'system' &&
      r.kind === 'system' &&
      r.name === actor.name &&
      records.systems.some((s) => s.name === actor.name));
  const isReferrer = isRecordedReferrer || (referral.route === 'self-referral' && isPerson);

  const s = referral.status;
  const open = ['made', 'contacted', 'accepted', 'attending'].includes(s);
  const legal: Record<ReferralCommand['type'], boolean> = {
    make: s === 'draft',
    'record-contact': s === 'made',
    accept: s === 'made' || s === 'contacted',
    decline: s === 'made' || s === 'contacted',
    'start-attending': s === 'accepted',
    complete: s === 'attending',
    'mark-not-completed': open || s === 'paused',
    pause: open,
    resume: s === 'paused',
    'enter-in-error': s !== 'entered-in-error',
  };
  const who: Record<ReferralCommand['type'], boolean> = {
    make: isReferrer,
    'record-contact': isService,
    accept: isService,
    decline: isService || isPerson,
    'start-attending': isService,
    complete: isService,
    'mark-not-completed': isService || isReferrer || isPerson,
    pause: isService,
    resume: isService,
    'enter-in-error': isReferrer,
  };
  const ownDecline =
    command.type !== 'decline' ||
    command.declinedBy === undefined ||
    !isPerson ||
    (actor.kind === 'person' ? command.declinedBy === 'person' : command.declinedBy === 'carer');
  const allowed = legal[command.type] && who[command.type];
  return { allowed, accepted: allowed && ownDecline };
}

describe('referral actor fuzz: nothing accepted outside the documented rules', () => {
  it('every command, every kind of actor, random records', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        referralArb,
        commandArb,
        actorArb,
        recordsArb,
        (referral, command, actor, records) => {
          const context: ReferralContext = { now: NOW, actor, ids: sequentialIds('f'), records };
          const expected = oracle(referral, command, actor, records);
          const result = transition(referral, command, context);
          if (result.ok) accepted += 1;
          expect(result.ok).toBe(expected.accepted);
          expect(allowedCommands(referral, context).includes(command.type)).toBe(expected.allowed);
        },
      ),
      { numRuns: 4000 },
    );
    // The generator must reach accepted commands too, not only refusals.
    expect(accepted).toBeGreaterThan(100);
  });
});

import {
  type Actor,
  type CarerId,
  type PersonId,
  type PractitionerId,
  type RecordId,
  type Referral,
  type ReferralEvent,
  referralDeclinedCoding,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  carer,
  carerWithoutConsent,
  gp,
  hub,
  linkWorker,
  person,
  personId,
  records,
} from './__fixtures__/records.js';
import type { ReferralContext } from './context.js';
import { create } from './create.js';
import { allowedCommands, transition } from './transition.js';

const ids = sequentialIds('a');
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`;
const by = (
  actor: Actor,
  day = 3,
  over: Partial<ReferralContext['records']> = {},
): ReferralContext => ({
  now: at(day),
  actor,
  ids,
  records: { ...records, ...over },
});
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

function made(route: Referral['route'] = 'professional-referral', actor: Actor = gp): Referral {
  const r = create(
    {
      tenantId: 't-1' as TenantId,
      personId,
      serviceId: records.service.id,
      route,
      reason: { needs: [] },
      make: true,
    },
    by(actor, 2),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.referral;
}

const decline = { type: 'decline', reason: 'not for me' } as const;

describe('service-side commands come only from the service organisation, by the records (issue 11)', () => {
  it('a practitioner who is not a member of the service organisation cannot accept or decline', () => {
    // The GP is a member of the practice, not of the walking group's organisation.
    expect(codeOf(transition(made(), { type: 'accept' }, by(gp)))).toBe('not-authorised');
    expect(codeOf(transition(made(), decline, by(gp)))).toBe('not-authorised');
    const stranger: Actor = {
      kind: 'practitioner',
      practitionerId: 'nobody' as PractitionerId,
      role: 'link-worker',
    };
    expect(codeOf(transition(made(), { type: 'accept' }, by(stranger)))).toBe('not-authorised');
  });

  it('a member of the service organisation can; not after the membership ended', () => {
    expect(transition(made(), { type: 'accept' }, by(linkWorker)).ok).toBe(true);
    const ended = [
      {
        practitionerId: 'lw-1' as PractitionerId,
        organisationId: records.service.organisationId,
        until: at(3),
      },
    ];
    expect(
      codeOf(transition(made(), { type: 'accept' }, by(linkWorker, 3, { memberships: ended }))),
    ).toBe('not-authorised');
  });

  it('a system acts only when the policy names it for the service organisation', () => {
    expect(transition(made(), { type: 'accept' }, by(hub)).ok).toBe(true);
    const imposter: Actor = { kind: 'system', name: 'any name at all' };
    expect(codeOf(transition(made(), { type: 'accept' }, by(imposter)))).toBe('not-authorised');
    const elsewhere = [
      { name: 'community-services-hub', organisationIds: ['org-other' as RecordId] },
    ];
    expect(codeOf(transition(made(), { type: 'accept' }, by(hub, 3, { systems: elsewhere })))).toBe(
      'not-authorised',
    );
  });

  it('records of another service or person are refused with records-mismatch', () => {
    const other = { id: 'svc-other' as RecordId, organisationId: records.service.organisationId };
    expect(
      codeOf(transition(made(), { type: 'accept' }, by(linkWorker, 3, { service: other }))),
    ).toBe('records-mismatch');
    const someoneElse = { id: 'p-2' as PersonId, carers: records.person.carers };
    expect(codeOf(transition(made(), decline, by(carer, 3, { person: someoneElse })))).toBe(
      'records-mismatch',
    );
    expect(allowedCommands(made(), by(linkWorker, 3, { service: other }))).toEqual([]);
  });
});

describe('carers act only when registered with the person’s consent (issue 11)', () => {
  it('a registered, consenting carer may decline; one without consent or unregistered may not', () => {
    expect(transition(made(), decline, by(carer)).ok).toBe(true);
    expect(codeOf(transition(made(), decline, by(carerWithoutConsent)))).toBe('not-authorised');
    const unregistered: Actor = { kind: 'carer', carerId: 'c-9' as CarerId, onBehalfOf: personId };
    expect(codeOf(transition(made(), decline, by(unregistered)))).toBe('not-authorised');
    const forSomeoneElse: Actor = {
      kind: 'carer',
      carerId: 'c-1' as CarerId,
      onBehalfOf: 'p-2' as PersonId,
    };
    expect(codeOf(transition(made(), decline, by(forSomeoneElse)))).toBe('not-authorised');
  });

  it('a carer without consent cannot self-refer the person', () => {
    const r = create(
      {
        tenantId: 't-1' as TenantId,
        personId,
        serviceId: records.service.id,
        route: 'self-referral',
        reason: { needs: [] },
      },
      by(carerWithoutConsent, 2),
    );
    expect(codeOf(r)).toBe('invalid-referrer');
  });

  it('an unnamed system cannot refer; a practitioner with no membership cannot refer', () => {
    for (const actor of [
      { kind: 'system', name: 'made-up' },
      { kind: 'practitioner', practitionerId: 'nobody' as PractitionerId, role: 'gp' },
    ] as const) {
      const r = create(
        {
          tenantId: 't-1' as TenantId,
          personId,
          serviceId: records.service.id,
          route: 'professional-referral',
          reason: { needs: [] },
        },
        by(actor, 2),
      );
      expect(codeOf(r)).toBe('invalid-referrer');
    }
  });
});

describe('who declined, and the decline code only when the person declined (issues 12, 16)', () => {
  const declinedEvent = (r: ReturnType<typeof transition>) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value.events[0] as Extract<ReferralEvent, { type: 'referral.declined' }>;
  };

  it('the person: declinedBy person, coded 871711000000103', () => {
    const r = transition(made(), decline, by(person));
    const event = declinedEvent(r);
    expect(event.declinedBy).toBe('person');
    expect(event.code).toEqual(referralDeclinedCoding);
    expect(r.ok && r.value.referral.codes).toEqual([referralDeclinedCoding]);
  });

  it('a carer on the person’s behalf: declinedBy carer, not coded', () => {
    const r = transition(made(), decline, by(carer));
    const event = declinedEvent(r);
    expect(event.declinedBy).toBe('carer');
    expect(event.code).toBeUndefined();
    expect(r.ok && r.value.referral.codes).toEqual([]);
    expect(r.ok && r.value.referral.history.at(-1)?.declinedBy).toBe('carer');
  });

  it('the service: declinedBy service, not coded', () => {
    const r = transition(
      made(),
      { ...decline, reason: 'group is full until spring' },
      by(linkWorker),
    );
    const event = declinedEvent(r);
    expect(event.declinedBy).toBe('service');
    expect(event.code).toBeUndefined();
    expect(event.reason).toBe('group is full until spring');
  });

  it('the service recording that the person declined: declinedBy person, coded', () => {
    const r = transition(made(), { ...decline, declinedBy: 'person' }, by(linkWorker));
    expect(declinedEvent(r).declinedBy).toBe('person');
    expect(declinedEvent(r).code).toEqual(referralDeclinedCoding);
  });

  it('a person or carer cannot record someone else’s decline', () => {
    expect(codeOf(transition(made(), { ...decline, declinedBy: 'service' }, by(person)))).toBe(
      'not-authorised',
    );
    expect(codeOf(transition(made(), { ...decline, declinedBy: 'person' }, by(carer)))).toBe(
      'not-authorised',
    );
  });
});

describe('entry points never throw on outside input (issue 11)', () => {
  it('refuses a malformed command or context with a typed error', () => {
    const referral = made();
    const bad: unknown[] = [null, {}, { type: 'teleport' }, { type: 'pause', reason: 7 }];
    for (const command of bad) {
      expect(codeOf(transition(referral, command as never, by(linkWorker)))).toBe(
        'invalid-command',
      );
    }
    const contexts: unknown[] = [
      null,
      { ...by(linkWorker), now: 'yesterday' },
      { ...by(linkWorker), ids: 'x' },
      { ...by(linkWorker), actor: { kind: 'robot' } },
      { ...by(linkWorker), records: undefined },
      { ...by(linkWorker), records: { ...records, memberships: 'oops' } },
      { ...by(linkWorker), records: { ...records, person: { id: personId } } },
    ];
    for (const context of contexts) {
      expect(codeOf(transition(referral, { type: 'accept' }, context as never))).toBe(
        'invalid-context',
      );
      expect(allowedCommands(referral, context as never)).toEqual([]);
    }
    expect(codeOf(transition({} as never, { type: 'accept' }, by(linkWorker)))).toBe(
      'invalid-input',
    );
  });

  it('turns a throwing getter into invalid-input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(
      codeOf(
        transition(made(), { type: 'accept' }, {
          ...by(linkWorker),
          records: hostile,
        } as never),
      ),
    ).toBe('invalid-input');
    expect(codeOf(create(hostile as never, by(gp)))).toBe('invalid-command');
  });
});

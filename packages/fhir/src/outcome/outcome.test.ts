import type { Actor, PersonId, PractitionerId, RecordId, Referral, TenantId } from '@livewell/core';
import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidByIndependentValidators } from '../../test/independent-validators.js';
import { completedReferralArb } from '../../test/journey-records.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirReferralOutcome } from './export-outcome.js';
import { fromFhirReferralOutcome } from './import-outcome.js';

const tenantId = 't-1' as TenantId;
const gp: Actor = { kind: 'practitioner', practitionerId: 'gp-9' as PractitionerId, role: 'gp' };
const linkWorker: Actor = {
  kind: 'practitioner',
  practitionerId: 'lw-1' as PractitionerId,
  role: 'link-worker',
};
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`;

/** The café referral of issue 17: ONS4 life satisfaction and anxiety at start and end. */
const cafe: Referral = {
  schemaVersion: 1,
  id: 'ref-cafe' as RecordId,
  tenantId,
  personId: 'p-1' as PersonId,
  serviceId: 'svc-cafe' as RecordId,
  referrer: linkWorker,
  route: 'professional-referral',
  reason: { needs: [], text: 'lonely in the evenings' },
  status: 'completed',
  history: [
    { status: 'draft', at: at(2), actor: linkWorker },
    { status: 'completed', at: at(20), actor: linkWorker },
  ],
  codes: [],
  outcome: {
    needsAddressed: [
      { system: 'https://livewell.dev/fhir/CodeSystem/support-need', code: 'loneliness' },
    ],
    concernsAddressed: ['evenings alone since retiring'],
    supportGiven: ['introduced to the evening café', 'three follow-up calls'],
    measures: [
      {
        instrumentId: 'ons4',
        score: 'life-satisfaction',
        higherIs: 'better',
        start: { value: 4, at: at(3), assessmentId: 'a-start' as RecordId },
        end: { value: 7, at: at(20) },
      },
      {
        instrumentId: 'ons4',
        score: 'anxiety',
        higherIs: 'worse',
        start: { value: 6, at: at(3) },
        end: { value: 3, at: at(20) },
      },
    ],
    summary: 'Goes to the café every Thursday and has joined the walking group.',
  },
  createdAt: at(2),
  updatedAt: at(20),
};

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const expectValidByBoth = (r: Resource) => {
  expectValidFhir(r);
  expectValidByIndependentValidators(r);
};

describe('referral outcome → Communication + Observations', () => {
  it('addresses the message to the referrer and the GP, from the service, with ONS4 start and end', () => {
    const out = toFhirReferralOutcome(cafe, { gp, sentAt: at(21) });
    if (!out.ok) throw new Error(out.error.message);
    const { communication: c, observations } = out.value;
    expect(c.status).toBe('completed');
    expect(c.sent).toBe(at(21));
    expect(c.recipient?.map((r) => r.reference)).toEqual([
      'Practitioner/lw-1',
      'Practitioner/gp-9',
    ]);
    expect(c.sender?.reference).toBe('HealthcareService/svc-cafe');
    expect(c.basedOn?.[0]?.reference).toBe('ServiceRequest/ref-cafe');
    expect(c.reasonCode?.[0]?.coding?.[0]?.system).toBe(
      'https://fhir.livewell.dev/CodeSystem/support-need',
    );
    expect(c.payload?.map((p) => p.contentString ?? p.contentReference?.reference)).toEqual([
      cafe.outcome?.summary,
      'evenings alone since retiring',
      'introduced to the evening café',
      'three follow-up calls',
      'Observation/ref-cafe.outcome.1.start',
      'Observation/ref-cafe.outcome.1.end',
      'Observation/ref-cafe.outcome.2.start',
      'Observation/ref-cafe.outcome.2.end',
    ]);
    expect(observations.map((o) => [o.code.coding?.[0]?.code, o.valueQuantity?.value])).toEqual([
      ['subscale-life-satisfaction', 4],
      ['subscale-life-satisfaction', 7],
      ['subscale-anxiety', 6],
      ['subscale-anxiety', 3],
    ]);
    expect(observations[0]?.code.coding?.[0]?.system).toBe(
      'https://fhir.livewell.dev/CodeSystem/instrument-score/ons4',
    );
    expect(observations[0]?.derivedFrom?.[0]?.reference).toBe('QuestionnaireResponse/a-start');
    for (const r of [c, ...observations]) expectValidByBoth(r);
    const back = fromFhirReferralOutcome(json(out.value), { tenantId });
    expect(back).toEqual({
      ok: true,
      value: {
        referralId: cafe.id,
        tenantId,
        personId: cafe.personId,
        serviceId: cafe.serviceId,
        to: [linkWorker, gp],
        completedAt: at(20),
        sentAt: at(21),
        outcome: cafe.outcome,
      },
    });
  }, 120_000);

  it('is in preparation until sent; the GP who referred gets one copy', () => {
    const out = toFhirReferralOutcome({ ...cafe, referrer: gp }, { gp });
    expect(out.ok && out.value.communication.status).toBe('preparation');
    expect(out.ok && out.value.communication.sent).toBeUndefined();
    expect(out.ok && out.value.communication.recipient).toHaveLength(1);
  });

  it('no-outcome for a referral not completed, or completed without an outcome', () => {
    const { outcome: _, ...bare } = cafe;
    const r = toFhirReferralOutcome(bare);
    expect(r.ok ? 'ok' : r.error.code).toBe('no-outcome');
    const open = toFhirReferralOutcome({ ...cafe, status: 'attending' });
    expect(open.ok ? 'ok' : open.error.code).toBe('no-outcome');
  });

  it('import reports a reading that is missing, foreign or out of order', () => {
    const out = toFhirReferralOutcome(cafe, { gp });
    if (!out.ok) throw new Error('export failed');
    const codes = (input: unknown) => {
      const r = fromFhirReferralOutcome(input as never, { tenantId });
      return r.ok ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`);
    };
    const v = json(out.value);
    expect(codes({ ...v, observations: v.observations.slice(1) })).toContain(
      'broken-reference Communication.payload[4].contentReference',
    );
    const swapped = json(out.value);
    const payload = swapped.communication.payload ?? [];
    const [start, end] = payload.slice(4, 6);
    if (start && end) payload.splice(4, 2, end, start);
    expect(codes(swapped)).toContain('invalid-element Communication.payload[4]');
    const twoSummaries = json(out.value);
    twoSummaries.communication.payload?.push({ ...twoSummaries.communication.payload[0] });
    expect(codes(twoSummaries)).toContain('unrepresentable Communication.payload');
    expect(
      codes({ ...v, observations: [...v.observations, { ...v.observations[0], id: 'x' }] }),
    ).toContain('unrepresentable Observation[4]');
    expect(codes({ ...v, communication: { ...v.communication, status: 'completed' } })).toContain(
      'missing-element Communication.sent',
    );
    const other = fromFhirReferralOutcome(v, { tenantId: 'other' as TenantId });
    expect(other.ok).toBe(false);
  });

  it('export → import returns the outcome message; every resource passes both validators', () => {
    fc.assert(
      fc.property(completedReferralArb, ({ referral, gp: theGp, sentAt }) => {
        const out = toFhirReferralOutcome(referral, { gp: theGp, sentAt });
        if (!out.ok) throw new Error(out.error.message);
        for (const r of [out.value.communication, ...out.value.observations]) expectValidByBoth(r);
        const back = fromFhirReferralOutcome(json(out.value), { tenantId: referral.tenantId });
        if (!back.ok) throw new Error(JSON.stringify(back.error.issues));
        expect(back.value.outcome).toEqual(referral.outcome);
        expect(back.value.referralId).toBe(referral.id);
        expect(back.value.sentAt).toBe(sentAt);
        expect(back.value.to[0]).toEqual(referral.referrer);
      }),
      { numRuns: 25 },
    );
  }, 600_000);
});

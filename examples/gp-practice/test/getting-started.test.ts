// The code of docs/getting-started.md, kept honest by running it (keep the two in step).
import { PGlite } from '@electric-sql/pglite';
import { startCarePlan, transition } from '@livewell/care-plan';
import {
  defaultCarePlanPolicy,
  type PersonId,
  type PlanCareTeam,
  type PractitionerId,
  type PreparationLetter,
  parsePerson,
  type Result,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { openPostgresStore, pgliteExecutor } from '@livewell/storage-postgres';
import { expect, it } from 'vitest';

const nurse = {
  kind: 'practitioner',
  practitionerId: 'nurse-1' as PractitionerId,
  role: 'nurse',
} as const;
const person = { kind: 'person', personId: 'person-1' as PersonId } as const;
const ids = sequentialIds('doc');
const at = (now: string, actor: typeof nurse | typeof person = nurse) => ({
  now,
  actor,
  policy: defaultCarePlanPolicy,
  timeZone: 'Europe/London',
  ids,
});
const careTeam: PlanCareTeam = {
  members: [{ practitionerId: nurse.practitionerId, role: 'nurse', isCoordinator: true }],
  carers: [],
};
const must = <T>(r: Result<T, { message: string }>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const letter: PreparationLetter = {
  results: [
    {
      name: 'Blood sugar (HbA1c)',
      value: '52 mmol/mol',
      plainWords: 'A little higher than last year',
    },
  ],
  sheet: {
    title: 'Before your review',
    questions: [{ key: 'what-matters', prompt: 'What matters to you at the moment?' }],
    topicsPrompt: 'What would you like to talk about?',
  },
  format: { format: 'large-print', language: 'en', channel: 'letter' },
};

function conversation() {
  let { plan } = must(
    startCarePlan(
      { tenantId: 'practice-1' as TenantId, personId: person.personId, careTeam },
      at('2026-11-02T09:00:00Z'),
    ),
  );
  for (const [command, now] of [
    [{ type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' }, '2026-11-02T09:05:00Z'],
    [{ type: 'send-preparation', letter }, '2026-11-12T09:00:00Z'],
    [{ type: 'start-conversation' }, '2026-11-23T10:00:00Z'],
    [
      { type: 'record-what-matters', text: 'Playing with my grandchildren', inOwnWords: true },
      '2026-11-23T10:05:00Z',
    ],
    [
      {
        type: 'set-goal',
        description: 'Walk to the park without stopping',
        domain: 'biological',
        owner: 'person',
      },
      '2026-11-23T10:10:00Z',
    ],
  ] as const)
    plan = must(transition(plan, command, at(now))).plan;
  return plan;
}

const draft = (confidence: number) => {
  const plan = conversation();
  return transition(
    plan,
    {
      type: 'draft-action-plan',
      goalId: plan.goals[0]!.id,
      what: 'Walk round the block',
      howMuch: '15 minutes',
      when: 'after lunch',
      howOften: '3 times a week',
      owner: person,
      confidence,
    },
    at('2026-11-23T10:15:00Z'),
  );
};

it('agrees the first plan', () => {
  const agreed = transition(
    must(draft(8)).plan,
    { type: 'agree-plan', reviewDate: '2027-05-23' },
    at('2026-11-23T10:25:00Z'),
  );
  expect(agreed.ok && agreed.value.plan.state).toBe('active');
});

it('refuses agreement at confidence 5 with low-confidence-needs-reason', () => {
  const refused = transition(
    must(draft(5)).plan,
    { type: 'agree-plan', reviewDate: '2027-05-23' },
    at('2026-11-23T10:25:00Z'),
  );
  expect(!refused.ok && refused.error.code).toBe('low-confidence-needs-reason');
});

// PGlite starts and migrates in this test: allow for a busy machine.
it('stores a person, then a plan, and updates it through storage', {
  timeout: 180_000,
}, async () => {
  const store = await openPostgresStore(pgliteExecutor(await PGlite.create()));
  try {
    const practice = store.forTenant('practice-1' as TenantId);
    const ada = must(
      parsePerson({
        schemaVersion: 1,
        id: person.personId,
        tenantId: practice.tenantId,
        name: { given: 'Ada', family: 'Jones' },
        birthDate: '1956-03-14',
        conditions: [],
        carers: [],
        communication: {
          format: 'standard',
          language: 'en',
          channel: 'letter',
          interpreterNeeded: false,
        },
        consentToShare: true,
      }),
    );
    expect(await practice.people.create(ada)).toEqual({ record: ada, version: 1 });
    expect((await practice.people.get(person.personId)).record.name.given).toBe('Ada');
    const started = must(
      startCarePlan(
        { tenantId: practice.tenantId, personId: person.personId, careTeam },
        at('2026-11-02T09:00:00Z'),
      ),
    );
    await practice.carePlans.create(started.plan, started.events);
    const r = await practice.carePlans.update(started.plan.id, (p) =>
      transition(
        p,
        { type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' },
        at('2026-11-02T09:05:00Z'),
      ),
    );
    expect(r.ok && r.value.plan.record.state).toBe('information-gathering');
    expect(r.ok && r.value.plan.version).toBe(2);
    expect(r.ok && r.value.events.map((e) => e.event.type)).toEqual([
      'information-gathering-booked',
    ]);
  } finally {
    await store.close();
  }
});

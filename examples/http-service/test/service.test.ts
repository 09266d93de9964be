import { exampleDirectory } from '@livewell/peer-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  careTeam,
  gp,
  hub,
  instant,
  letter,
  personBody,
  type Running,
  start,
  tenant,
} from './harness.js';

let service: Running;
beforeAll(async () => {
  service = await start();
});
afterAll(() => service.close());

describe('the example service over loopback HTTP', () => {
  it('stores a person and reads them back', async () => {
    const created = await service.call('POST', at('/people'), { body: personBody('ada') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, record: { id: 'ada', tenantId: tenant } });
    const read = await service.call('GET', at('/people/ada'));
    expect(read.body.record.name.given).toBe('Ada');
  });

  it('takes a care plan from start to agreement through commands', async () => {
    await service.call('POST', at('/people'), { body: personBody('bea') });
    const started = await service.call('POST', at('/care-plans'), {
      body: { personId: 'bea', careTeam },
      key: 'start-bea',
    });
    expect(started.status).toBe(201);
    const planId = started.body.plan.record.id;
    const send = async (command: object, now: string) => {
      service.setNow(instant(now));
      return service.call('POST', at(`/care-plans/${planId}/commands`), { body: command });
    };
    await send(
      { type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' },
      '2026-11-02T09:05:00Z',
    );
    await send({ type: 'send-preparation', letter }, '2026-11-12T09:00:00Z');
    await send({ type: 'start-conversation' }, '2026-11-23T10:00:00Z');
    await send(
      { type: 'record-what-matters', text: 'My garden', inOwnWords: true },
      '2026-11-23T10:05:00Z',
    );
    const goal = await send(
      {
        type: 'set-goal',
        description: 'Dig the vegetable bed',
        domain: 'biological',
        owner: 'person',
      },
      '2026-11-23T10:10:00Z',
    );
    expect(goal.status).toBe(200);
    const goalId = goal.body.plan.record.goals[0].id;
    await send(
      {
        type: 'draft-action-plan',
        goalId,
        what: 'Dig for ten minutes',
        howMuch: '10 minutes',
        when: 'mornings',
        howOften: 'twice a week',
        owner: { kind: 'person', personId: 'bea' },
        confidence: 8,
      },
      '2026-11-23T10:15:00Z',
    );
    const agreed = await send(
      { type: 'agree-plan', reviewDate: '2027-05-23' },
      '2026-11-23T10:25:00Z',
    );
    expect(agreed.status).toBe(200);
    expect(agreed.body.plan).toMatchObject({ record: { state: 'active' } });
    expect(agreed.body.events.map((e: { event: { type: string } }) => e.event.type)).toContain(
      'plan-agreed',
    );
    const events = await service.call('GET', at(`/care-plans/${planId}/events`));
    expect(events.body.items.length).toBeGreaterThan(6);
    const allowed = await service.call('GET', at(`/care-plans/${planId}/allowed-commands`));
    expect(allowed.body.commands).toContain('start-review');
  });

  it('scores and stores an assessment; an unscorable one is stored too', async () => {
    await service.call('POST', at('/people'), { body: personBody('cal') });
    const responses = Array.from({ length: 7 }, (_, i) => ({ itemId: `gad7-${i + 1}`, value: 1 }));
    const scored = await service.call('POST', at('/assessments'), {
      body: { instrument: 'gad-7', personId: 'cal', responses },
    });
    expect(scored.status).toBe(201);
    expect(scored.body).toMatchObject({ personId: 'cal', scores: { total: 7 } });
    expect(scored.body.status).not.toBe('unscorable');
    const unscorable = await service.call('POST', at('/assessments'), {
      body: { instrument: 'gad-7', personId: 'cal', responses: responses.slice(0, 2) },
    });
    expect(unscorable.body).toMatchObject({ status: 'unscorable' });
    const listed = await service.call('GET', at('/people/cal/assessments'));
    expect(listed.body.items).toHaveLength(2);
  });

  it('searches the directory it was given and refers to a service', async () => {
    const directory = exampleDirectory(tenant, '2026-09-01');
    for (const [kind, records] of [
      ['organisations', directory.organisations],
      ['locations', directory.locations],
      ['services', directory.services],
    ] as const) {
      for (const { tenantId: _, ...record } of records) {
        const stored = await service.call('POST', at(`/directory/${kind}`), { body: record });
        expect(stored.status).toBe(201);
      }
    }
    const found = await service.call('POST', at('/directory/search'), {
      body: { query: { text: 'walking' }, limit: 5 },
    });
    expect(found.status).toBe(200);
    expect(found.body.hits.map((h: { service: { id: string } }) => h.service.id)).toContain(
      'svc-walking',
    );

    await service.call('POST', at('/people'), { body: personBody('dot') });
    const made = await service.call('POST', at('/referrals'), {
      actor: gp,
      key: 'refer-dot',
      body: {
        personId: 'dot',
        serviceId: 'svc-walking',
        route: 'professional-referral',
        reason: { needs: [], text: 'Wants to walk with others' },
        make: true,
      },
    });
    expect(made.status).toBe(201);
    const referralId = made.body.referral.record.id;
    const accepted = await service.call('POST', at(`/referrals/${referralId}/commands`), {
      actor: hub,
      body: { type: 'accept' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.referral.record.status).toBe('accepted');
    const read = await service.call('GET', at(`/referrals/${referralId}`));
    expect(read.body.version).toBe(2);
  });
});

import { exampleDirectory } from '@livewell/peer-support';
import {
  ConflictError,
  CorruptRecordError,
  DuplicateError,
  InvalidRequestError,
  NewerRecordError,
  NotFoundError,
  StorageUnavailableError,
} from '@livewell/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_JSON, problemForThrown } from '../src/problems.js';
import {
  type Answer,
  at,
  careTeam,
  gp,
  instant,
  letter,
  personBody,
  type Running,
  start,
  tenant,
} from './harness.js';

let service: Running;
let planId: string;
beforeAll(async () => {
  service = await start();
  await service.call('POST', at('/people'), { body: personBody('fay') });
  const started = await service.call('POST', at('/care-plans'), {
    body: { personId: 'fay', careTeam },
  });
  planId = started.body.plan.record.id;
});
afterAll(() => service.close());

/** Checks an answer is RFC 9457 problem details with this status and code. */
function expectProblem(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toContain(PROBLEM_JSON);
  expect(answer.body).toMatchObject({ status, code, title: expect.any(String) });
  expect(typeof answer.body.detail).toBe('string');
  expect(typeof answer.body.type).toBe('string');
}

const command = (body: unknown, options: { key?: string; actor?: typeof gp; id?: string } = {}) =>
  service.call('POST', at(`/care-plans/${options.id ?? planId}/commands`), {
    body,
    ...(options.key === undefined ? {} : { key: options.key }),
    ...(options.actor === undefined ? {} : { actor: options.actor }),
  });

describe('every error path answers problem details', () => {
  it('401 without a caller', async () => {
    const answer = await service.call('GET', at('/people/fay'), { actor: null });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toContain(PROBLEM_JSON);
  });

  it('400 invalid-input for a tenant id that is not one', async () => {
    expectProblem(
      await service.call('GET', '/tenants/Not%20A%20Tenant/people/fay'),
      400,
      'invalid-input',
    );
  });

  it('400 invalid-input with path-addressed issues for a body that is not a person', async () => {
    const answer = await service.call('POST', at('/people'), { body: { id: 'x', name: {} } });
    expectProblem(answer, 400, 'invalid-input');
    expect(answer.body.schema).toBe('Person');
    expect(answer.body.issues.length).toBeGreaterThan(0);
    expect(answer.body.instance).toBe(at('/people'));
  });

  it('400 invalid-input for unreadable JSON', async () => {
    expectProblem(
      await service.call('POST', at('/people'), { raw: '{"id":' }),
      400,
      'invalid-input',
    );
  });

  it('415 for a body that is not JSON', async () => {
    const answer = await service.call('POST', at('/people'), { raw: 'x', contentType: 'text/csv' });
    expect(answer.status).toBe(415);
    expect(answer.contentType).toContain(PROBLEM_JSON);
  });

  it('404 for an unknown route, an unknown record and an id that cannot be one', async () => {
    const route = await service.call('GET', '/nowhere');
    expect(route.status).toBe(404);
    expect(route.contentType).toContain(PROBLEM_JSON);
    expectProblem(await service.call('GET', at('/people/nobody')), 404, 'not-found');
    expectProblem(await service.call('GET', at('/care-plans/no%20such')), 404, 'not-found');
    expectProblem(
      await service.call('POST', at('/assessments'), {
        body: { instrument: 'gad-7', personId: 'nobody', responses: [] },
      }),
      404,
      'not-found',
    );
  });

  it('409 duplicate for a person stored twice', async () => {
    expectProblem(
      await service.call('POST', at('/people'), { body: personBody('fay') }),
      409,
      'duplicate',
    );
  });

  it('400 for a command that does not parse, 409 for one the state refuses, 403 for a stranger', async () => {
    expectProblem(await command({ type: 'fly' }), 400, 'invalid-input');
    expectProblem(await command({ type: 'start-conversation' }), 409, 'invalid-transition');
    const stranger = await command(
      { type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' },
      { actor: gp },
    );
    expectProblem(stranger, 403, 'not-authorised');
    expect(stranger.body.details.reason).toBe('outside-care-team');
  });

  it('422 with every missing item for an agreement the rules refuse', async () => {
    await service.call('POST', at('/people'), { body: personBody('gus') });
    const started = await service.call('POST', at('/care-plans'), {
      body: { personId: 'gus', careTeam },
    });
    const id = started.body.plan.record.id;
    for (const [body, now] of [
      [
        { type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' },
        '2026-11-02T09:05:00Z',
      ],
      [{ type: 'send-preparation', letter }, '2026-11-12T09:00:00Z'],
      [{ type: 'start-conversation' }, '2026-11-23T10:00:00Z'],
    ] as const) {
      service.setNow(instant(now));
      expect((await command(body, { id })).status).toBe(200);
    }
    const refused = await command({ type: 'agree-plan', reviewDate: '2027-05-23' }, { id });
    expectProblem(refused, 422, 'missing-what-matters');
    expect(refused.body.details.problems.length).toBeGreaterThan(1);
    service.setNow(instant('2026-11-02T09:00:00Z'));
  });

  it('409 terminal-state once a plan is withdrawn', async () => {
    await service.call('POST', at('/people'), { body: personBody('hal') });
    const started = await service.call('POST', at('/care-plans'), {
      body: { personId: 'hal', careTeam },
    });
    const id = started.body.plan.record.id;
    expect((await command({ type: 'withdraw', reason: 'Moved away' }, { id })).status).toBe(200);
    expectProblem(
      await command({ type: 'send-preparation', letter }, { id }),
      409,
      'terminal-state',
    );
  });

  it('an idempotency key replays the original result; reused elsewhere or malformed it is refused', async () => {
    const book = { type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' };
    const first = await command(book, { key: 'book-fay' });
    const again = await command(book, { key: 'book-fay' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await service.call('GET', at(`/care-plans/${planId}`))).body.version).toBe(
      first.body.plan.version,
    );
    await service.call('POST', at('/people'), { body: personBody('ida') });
    const other = await service.call('POST', at('/care-plans'), {
      body: { personId: 'ida', careTeam },
    });
    expectProblem(
      await command(book, { key: 'book-fay', id: other.body.plan.record.id }),
      400,
      'invalid-request',
    );
    expectProblem(await command(book, { key: 'x'.repeat(201) }), 400, 'invalid-request');
  });

  it('403 invalid-referrer for a self-referral a practitioner makes; 404 for no such service', async () => {
    const directory = exampleDirectory(tenant, '2026-09-01');
    const { tenantId: _, ...walking } = directory.services.find((s) => s.id === 'svc-walking')!;
    await service.call('POST', at('/directory/services'), { body: walking });
    const refer = (serviceId: string) =>
      service.call('POST', at('/referrals'), {
        actor: gp,
        body: {
          personId: 'fay',
          serviceId,
          route: 'self-referral',
          reason: { needs: [], text: 'x' },
        },
      });
    expectProblem(await refer('svc-walking'), 403, 'invalid-referrer');
    expectProblem(await refer('svc-none'), 404, 'not-found');
  });

  it('400 for a search query that is not one', async () => {
    expectProblem(
      await service.call('POST', at('/directory/search'), { body: { query: { near: 'here' } } }),
      400,
      'invalid-input',
    );
    expectProblem(
      await service.call('POST', at('/directory/search'), { body: { query: {}, cursor: 'nope' } }),
      400,
      'invalid-cursor',
    );
  });
});

describe('thrown storage errors', () => {
  it.each([
    [new ConflictError('stale'), 409, 'conflict'],
    [new NotFoundError('gone'), 404, 'not-found'],
    [new DuplicateError('twice'), 409, 'duplicate'],
    [new CorruptRecordError('damaged'), 500, 'corrupt-record'],
    [new NewerRecordError('newer'), 500, 'newer-record'],
    [new StorageUnavailableError('down'), 503, 'storage-unavailable'],
    [new InvalidRequestError('bad'), 400, 'invalid-request'],
  ] as const)('%s is %i %s, with retryable', (error, status, code) => {
    expect(problemForThrown(error)).toMatchObject({ status, code, retryable: error.retryable });
  });

  it('anything else is a 500 that tells nothing of the internals', () => {
    expect(problemForThrown(new Error('secret connection string'))).toMatchObject({
      status: 500,
      detail: 'Unexpected error.',
    });
  });
});

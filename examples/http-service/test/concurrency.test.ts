import { afterAll, beforeAll, expect, it } from 'vitest';
import { at, careTeam, instant, letter, personBody, type Running, start } from './harness.js';

let service: Running;
beforeAll(async () => {
  service = await start();
});
afterAll(() => service.close());

it('applies 50 concurrent commands on one plan, every one, with the default retry', async () => {
  await service.call('POST', at('/people'), { body: personBody('eve') });
  const started = await service.call('POST', at('/care-plans'), {
    body: { personId: 'eve', careTeam },
  });
  const planId = started.body.plan.record.id;
  const steps: [object, string][] = [
    [{ type: 'book-information-gathering', start: '2026-11-09T09:00:00Z' }, '2026-11-02T09:05:00Z'],
    [{ type: 'send-preparation', letter }, '2026-11-12T09:00:00Z'],
    [{ type: 'start-conversation' }, '2026-11-23T10:00:00Z'],
  ];
  for (const [command, now] of steps) {
    service.setNow(instant(now));
    await service.call('POST', at(`/care-plans/${planId}/commands`), { body: command });
  }
  service.setNow(instant('2026-11-23T10:05:00Z'));
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      service.call('POST', at(`/care-plans/${planId}/commands`), {
        body: { type: 'record-what-matters', text: `What matters ${i}`, inOwnWords: true },
        key: `what-matters-${i}`,
      }),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
  const plan = await service.call('GET', at(`/care-plans/${planId}`));
  const texts = plan.body.record.whatMattersToMe.map((w: { text: string }) => w.text);
  expect(new Set(texts)).toEqual(
    new Set(Array.from({ length: 50 }, (_, i) => `What matters ${i}`)),
  );
  expect(plan.body.version).toBe(started.body.plan.version + steps.length + 50);
});

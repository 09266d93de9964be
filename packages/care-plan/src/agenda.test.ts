import type { CarePlan, IsoInstant, RecordId } from '@livewell/core';
import { communicationPreferencesArb, textArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import { letterFormatFor } from './letter-format.js';
import { replay } from './replay.js';
import { sampleLetter } from './test-support/letter.js';
import { actors, contextAt, plusDays } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { transition } from './transition.js';

type Actor = Parameters<typeof contextAt>[1];

function run(plan: CarePlan, command: CarePlanCommand, now: IsoInstant, actor: Actor) {
  const r = transition(plan, command, contextAt(now, actor));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// The cases of issue 17, item 1 ("the agenda sheet carries nothing"), one by one.
describe('the agenda-setting sheet as data (issue 17)', () => {
  it('send-preparation records which results went out, the sheet and the format', () => {
    const { plan } = planIn('prepared');
    expect(plan.preparation.letter).toEqual(sampleLetter);
    expect(plan.preparation.letter?.results.map((r) => r.name)).toEqual([
      'Blood sugar (HbA1c)',
      'Blood pressure',
    ]);
  });

  it("the format comes from the person's communication needs, whatever they are", () => {
    fc.assert(
      fc.property(communicationPreferencesArb, (communication) => {
        const format = letterFormatFor(communication);
        expect(format).toEqual({
          format: communication.format,
          language: communication.language,
          channel: communication.channel,
        });
      }),
      { numRuns: 100 },
    );
    const easyReadInWelsh = letterFormatFor({
      format: 'easy-read',
      language: 'cy',
      channel: 'letter',
      interpreterNeeded: false,
    });
    const { plan, events, now } = planIn('information-gathering');
    const sent = run(
      plan,
      { type: 'send-preparation', letter: { ...sampleLetter, format: easyReadInWelsh } },
      plusDays(now, 5),
      actors.hca,
    );
    expect(sent.plan.preparation.letter?.format).toEqual({
      format: 'easy-read',
      language: 'cy',
      channel: 'letter',
    });
    const rebuilt = replay([...events, ...sent.events]);
    expect(rebuilt.ok && rebuilt.value).toEqual(sent.plan);
  });

  it('the reminder going out is an event and shows on the plan', () => {
    const { plan, now } = planIn('prepared');
    const r = run(
      plan,
      { type: 'record-reminder-sent', channel: 'text-message', sentAt: now },
      now,
      actors.system,
    );
    expect(r.events.map((e) => e.type)).toEqual(['reminder-sent']);
    expect(r.plan.preparation.reminders).toEqual([{ channel: 'text-message', sentAt: now }]);
  });

  it('the arrival check records help offered and whether it was taken', () => {
    const { plan, now } = planIn('prepared');
    const declined = run(
      plan,
      { type: 'record-arrival', agendaSheetReceived: false, helpTaken: false },
      now,
      actors.receptionist,
    );
    expect(declined.plan.preparation.arrival).toMatchObject({
      agendaSheetReceived: false,
      helpOfferedAt: now,
      helpTaken: false,
    });
    // With a sheet, no help event unless help was offered anyway.
    const withSheet = run(
      plan,
      { type: 'record-arrival', agendaSheetReceived: true },
      now,
      actors.receptionist,
    );
    expect(withSheet.events.map((e) => e.type)).toEqual(['arrival-recorded']);
    const helpedAnyway = run(
      plan,
      { type: 'record-arrival', agendaSheetReceived: true, helpTaken: true },
      now,
      actors.receptionist,
    );
    expect(helpedAnyway.events.map((e) => e.type)).toEqual(['arrival-recorded', 'help-offered']);
    // No sheet and nothing said about help: refused, nothing recorded.
    const silent = transition(
      plan,
      { type: 'record-arrival', agendaSheetReceived: false },
      contextAt(now, actors.receptionist),
    );
    expect(!silent.ok && silent.error.code).toBe('invalid-command');
  });

  it("the person's answers and topics reach the conversation, and each topic is marked", () => {
    const { plan } = planIn('active');
    const agenda = plan.preparation.agenda;
    expect(agenda?.answers).toEqual([
      { questionKey: 'what-matters', text: 'Walking my granddaughter to school' },
    ]);
    expect(agenda?.topics).toEqual([
      {
        id: expect.any(String),
        text: 'Getting out of breath on the hill',
        outcome: { kind: 'became-goal', goalId: plan.goals[0]?.id },
        markedAt: expect.any(String),
      },
    ]);
  });

  it('a sheet handed in again replaces the earlier one (which stays in the history)', () => {
    const { plan, events, now } = planIn('prepared');
    const first = run(
      plan,
      { type: 'record-agenda', agenda: { answers: [], topics: ['Tiredness'] } },
      now,
      actors.person,
    );
    const second = run(
      first.plan,
      { type: 'record-agenda', agenda: { answers: [], topics: ['Tiredness', 'My eyes'] } },
      plusDays(now, 1),
      actors.receptionist,
    );
    expect(second.plan.preparation.agenda?.topics.map((t) => t.text)).toEqual([
      'Tiredness',
      'My eyes',
    ]);
    const rebuilt = replay([...events, ...first.events, ...second.events]);
    expect(rebuilt.ok && rebuilt.value).toEqual(second.plan);
  });

  it("keeps the person's words exactly, whatever they wrote", () => {
    const { plan, now } = planIn('prepared');
    fc.assert(
      fc.property(
        fc.array(textArb(200), { minLength: 1, maxLength: 5 }),
        textArb(300),
        (topics, answer) => {
          const r = run(
            plan,
            {
              type: 'record-agenda',
              agenda: { answers: [{ questionKey: 'how-things-are', text: answer }], topics },
            },
            now,
            actors.person,
          );
          expect(r.plan.preparation.agenda?.topics.map((t) => t.text)).toEqual(topics);
          expect(r.plan.preparation.agenda?.answers[0]?.text).toBe(answer);
          const ids = r.plan.preparation.agenda?.topics.map((t) => t.id) as RecordId[];
          expect(new Set(ids).size).toBe(topics.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

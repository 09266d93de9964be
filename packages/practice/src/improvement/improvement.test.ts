// Issue 16: the improvement log on the lifecycle kit (the agenda-sheet leaflet worked example).
import {
  type Actor,
  type Improvement,
  type ImprovementCommand,
  type ImprovementEvent,
  type PersonId,
  type PractitionerId,
  parseImprovement,
  type RecordId,
  sequentialIds,
} from '@livewell/core';
import { improvementCommandArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partiesOf } from './access.js';
import { improvementDiagram } from './docs.js';
import { proposeImprovement } from './propose.js';
import { allowedCommands, replay, transition } from './transition.js';
import type { ImprovementContext } from './types.js';

const practiceId = 'riverside-surgery' as RecordId;
const nurse: Actor = {
  kind: 'practitioner',
  practitionerId: 'pr-nurse' as PractitionerId,
  role: 'nurse',
};
const context = (now: string, actor: Actor = nurse): ImprovementContext => ({
  now,
  actor,
  ids: sequentialIds('i'),
  memberships: [{ practitionerId: 'pr-nurse' as PractitionerId, organisationId: practiceId }],
  systems: ['practice-system'],
});

function leaflet() {
  const r = proposeImprovement(
    'riverside',
    {
      practiceId,
      title: 'Agenda-setting leaflet mailed with appointment letters',
      problem: 'People arrive at reviews unsure what they want to talk about.',
      origin: {
        kind: 'programme-feedback',
        programmeId: 'skills-2027' as RecordId,
        note: 'Skills programme participants asked for key questions before reviews.',
      },
      coDesigners: [
        { kind: 'staff', practitionerId: 'pr-nurse' as PractitionerId },
        { kind: 'patient', personId: 'p-7' as PersonId },
      ],
    },
    context('2027-02-01T10:00:00Z'),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('improvement log', () => {
  it('idea → trial → in routine use, with measures; patients are co-designers by link only', () => {
    const { improvement, events } = leaflet();
    expect(improvement.status).toBe('idea');
    expect(improvement.coDesigners).toContainEqual({ kind: 'patient', personId: 'p-7' });
    const log: ImprovementEvent[] = [...events];
    let current: Improvement = improvement;
    const steps: [string, ImprovementCommand][] = [
      ['2027-02-10T10:00:00Z', { type: 'start-trial' }],
      [
        '2027-04-01T10:00:00Z',
        {
          type: 'record-measure',
          name: 'people bringing a completed leaflet',
          value: 46,
          unit: '%',
        },
      ],
      ['2027-04-02T10:00:00Z', { type: 'adopt' }],
    ];
    for (const [now, command] of steps) {
      const r = transition(current, command, context(now));
      if (!r.ok) throw new Error(r.error.code);
      current = r.value.improvement;
      log.push(...r.value.events);
    }
    expect(current.status).toBe('in-routine-use');
    expect(current.measures.map((m) => [m.name, m.value])).toEqual([
      ['people bringing a completed leaflet', 46],
    ]);
    expect(parseImprovement(current).ok).toBe(true);
    expect(replay(log)).toEqual({ ok: true, value: current });
  });

  it('authorisation comes from the records: a non-member or a patient is refused', () => {
    const { improvement } = leaflet();
    const stranger: Actor = {
      kind: 'practitioner',
      practitionerId: 'pr-x' as PractitionerId,
      role: 'gp',
    };
    const patient: Actor = { kind: 'person', personId: 'p-7' as PersonId };
    for (const actor of [stranger, patient]) {
      const r = transition(
        improvement,
        { type: 'start-trial' },
        context('2027-02-10T10:00:00Z', actor),
      );
      expect(r.ok ? 'ok' : r.error.code).toBe('not-authorised');
    }
    const trusted = transition(
      improvement,
      { type: 'drop', reason: 'superseded' },
      context('2027-02-10T10:00:00Z', { kind: 'system', name: 'practice-system' }),
    );
    expect(trusted.ok && trusted.value.improvement.status).toBe('dropped');
  });

  it('refuses what the lifecycle does not allow, with stable codes, changing nothing', () => {
    const { improvement } = leaflet();
    const adopt = transition(improvement, { type: 'adopt' }, context('2027-02-10T10:00:00Z'));
    expect(adopt.ok ? 'ok' : adopt.error.code).toBe('invalid-transition');
    const dup = transition(
      improvement,
      { type: 'add-co-designer', coDesigner: { kind: 'patient', personId: 'p-7' as PersonId } },
      context('2027-02-10T10:00:00Z'),
    );
    expect(dup.ok ? 'ok' : dup.error.code).toBe('already-co-designer');
    const early = transition(improvement, { type: 'start-trial' }, context('2027-01-01T10:00:00Z'));
    expect(early.ok ? 'ok' : early.error.code).toBe('time-before-last-change');
    const bad = proposeImprovement(
      'riverside',
      { practiceId, title: '', problem: 'x', origin: { kind: 'other' } },
      context('2027-02-01T10:00:00Z'),
    );
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
  });

  it('model: any command sequence keeps transition, allowedCommands and replay in agreement', () => {
    fc.assert(
      fc.property(fc.array(improvementCommandArb, { maxLength: 15 }), (commands) => {
        const { improvement, events } = leaflet();
        let current = improvement;
        const log = [...events];
        let day = 2;
        for (const command of commands) {
          day += 1;
          const now = new Date(Date.UTC(2027, 1, day, 10)).toISOString().replace('.000', '');
          const allowed = allowedCommands(current, context(now)).includes(command.type);
          const r = transition(current, command, context(now));
          if (!allowed) expect(r.ok).toBe(false);
          if (!r.ok) continue;
          current = r.value.improvement;
          log.push(...r.value.events);
          expect(parseImprovement(current).ok).toBe(true);
        }
        expect(replay(log)).toEqual({ ok: true, value: current });
      }),
      { numRuns: 150 },
    );
  });

  it('draws its lifecycle from the specs', () => {
    expect(improvementDiagram()).toContain('in-routine-use');
  });
});

describe('partiesOf given an unreadable context (fuzz regression)', () => {
  it('is no party at all for null or a throwing proxy, never a throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    );
    expect(partiesOf(practiceId, null as never).size).toBe(0);
    expect(partiesOf(practiceId, hostile as never).size).toBe(0);
  });
});

import {
  type Actor,
  type Improvement,
  type ImprovementCommand,
  type ImprovementEvent,
  type PractitionerId,
  type RecordId,
  sequentialIds,
} from '@livewell/core';
import {
  actorArb,
  improvementArb,
  improvementCommandArb,
  improvementEventArb,
  textArb,
} from '@livewell/core/testing';
import * as practice from '@livewell/practice';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const improvements = entriesOf('@livewell/practice', 'practice', 'result');

const practiceId = 'practice-fuzz' as RecordId;
const member: Actor = {
  kind: 'practitioner',
  practitionerId: 'pr-fuzz' as PractitionerId,
  role: 'nurse',
};
const trusted = 'practice-system';

/** An improvement context whose actor is the practice's member, its trusted system, or anyone. */
const contextAt = (now: string, actor: Actor): practice.ImprovementContext => ({
  now,
  actor,
  ids: sequentialIds('fuzz'),
  memberships: [{ practitionerId: 'pr-fuzz' as PractitionerId, organisationId: practiceId }],
  systems: [trusted],
});
const actorOfPractice = fc.oneof(
  { weight: 3, arbitrary: fc.constant(member) },
  fc.constant<Actor>({ kind: 'system', name: trusted }),
  actorArb,
);

const proposalArb = fc.record({
  practiceId: fc.constant(practiceId),
  title: textArb(60),
  problem: textArb(120),
  origin: improvementArb.map((i) => i.origin),
});

/** Days after 2027-01-01, as an instant: commands are applied in time order. */
const dayAt = (day: number) => new Date(Date.UTC(2027, 0, 1 + day, 10)).toISOString();

/**
 * A driven improvement: proposed by a member, then random commands by members, the trusted
 * system or anyone, a day apart (refused ones leave no trace). Gives the event history (as
 * stored, so as JSON) and the last step (improvement, command, context).
 */
const drivenImprovementArb = fc
  .tuple(proposalArb, fc.array(fc.tuple(improvementCommandArb, actorOfPractice), { maxLength: 8 }))
  .map(([proposal, commands]) => {
    const proposed = practice.proposeImprovement(
      'tenant-fuzz',
      proposal,
      contextAt(dayAt(0), member),
    );
    if (!proposed.ok) throw new Error(`the fuzz proposal was refused: ${proposed.error.code}`);
    let current: Improvement = proposed.value.improvement;
    const events: ImprovementEvent[] = [...proposed.value.events];
    let step: readonly unknown[] = [current, { type: 'start-trial' }, contextAt(dayAt(1), member)];
    commands.forEach(([command, actor], i) => {
      const context = contextAt(dayAt(i + 1), actor);
      step = [current, command, context];
      const next = practice.transition(current, command as ImprovementCommand, context);
      if (next.ok) {
        current = next.value.improvement;
        events.push(...next.value.events);
      }
    });
    return { events: JSON.parse(JSON.stringify(events)) as unknown[], step, current };
  });

/** The improvement log (issue 16): proposing, commands, replay, and who may act. */
export const practiceEntries: EntryPoint[] = [
  improvements.call(
    {
      name: 'proposeImprovement',
      valid: fc
        .tuple(fc.constant('tenant-fuzz'), proposalArb, actorOfPractice)
        .map(([tenant, proposal, actor]) => [tenant, proposal, contextAt(dayAt(0), actor)]),
      outside: [0, 1, 2],
    },
    spread(practice.proposeImprovement),
  ),
  improvements.call(
    { name: 'transition', valid: drivenImprovementArb.map((d) => d.step), outside: [1, 2] },
    spread(practice.transition),
  ),
  improvements.call(
    {
      name: 'replay',
      valid: fc.oneof(
        { weight: 3, arbitrary: drivenImprovementArb.map((d) => [d.events]) },
        fc.array(improvementEventArb, { maxLength: 3 }).map((es) => [es]),
      ),
    },
    spread(practice.replay),
  ),
  improvements.call(
    {
      name: 'allowedCommands',
      valid: drivenImprovementArb.map((d) => [d.current, d.step[2]]),
      outside: [1],
      typedError: 'total',
    },
    spread(practice.allowedCommands),
  ),
  improvements.call(
    {
      name: 'partiesOf',
      valid: actorOfPractice.map((actor) => [practiceId, contextAt(dayAt(0), actor)]),
      outside: [0, 1],
      typedError: 'total',
    },
    spread(practice.partiesOf),
  ),
];

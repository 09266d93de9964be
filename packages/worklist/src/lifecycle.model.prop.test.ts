import {
  parseTask,
  parseTaskEvent,
  type Task,
  type TaskCommand,
  type TaskEvent,
  type TaskOwner,
  type TaskStatus,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownerKey } from './access.js';
import {
  type ActorKey,
  actors,
  contextAt,
  dutyTeam,
  openedTask,
  START,
  staff,
} from './test-support/scenario.js';
import { replay, transition } from './transition.js';

/** The model: the status and owner a correct task would have. */
interface Model {
  status: TaskStatus;
  owner: TaskOwner;
  changes: number;
  minute: number;
}
interface Real {
  task: Task;
  events: TaskEvent[];
}

const FROM: Record<TaskCommand['type'], readonly TaskStatus[]> = {
  acknowledge: ['open'],
  start: ['open', 'acknowledged'],
  complete: ['acknowledged', 'in-progress'],
  cancel: ['open', 'acknowledged', 'in-progress'],
  reassign: ['open', 'acknowledged', 'in-progress'],
};
const TO: Record<TaskCommand['type'], TaskStatus | 'same'> = {
  acknowledge: 'acknowledged',
  start: 'in-progress',
  complete: 'done',
  cancel: 'cancelled',
  reassign: 'same',
};
const SYSTEM_MAY: ReadonlySet<string> = new Set(['cancel', 'reassign']);

/** The model's own reading of "who is in the owner", from the staff records (not the claim). */
function isOwner(owner: TaskOwner, key: ActorKey): boolean {
  const actor = actors[key];
  if (actor.kind !== 'practitioner') return false;
  if (owner.kind === 'practitioner') return owner.practitionerId === actor.practitionerId;
  const member = staff.find((s) => s.practitionerId === actor.practitionerId);
  if (!member) return false;
  return owner.kind === 'role'
    ? member.roles.includes(owner.role)
    : member.teamIds.includes(owner.teamId);
}

function expectedCode(model: Model, key: ActorKey, command: TaskCommand): string | undefined {
  const system = key === 'system' && SYSTEM_MAY.has(command.type);
  if (!isOwner(model.owner, key) && !system) return 'not-authorised';
  if (model.status === 'done' || model.status === 'cancelled') return 'terminal-state';
  if (!FROM[command.type].includes(model.status)) return 'invalid-transition';
  if (command.type === 'reassign' && ownerKey(command.owner) === ownerKey(model.owner))
    return 'same-owner';
  return undefined;
}

const owners: TaskOwner[] = [
  { kind: 'role', role: 'gp' },
  { kind: 'role', role: 'nurse' },
  { kind: 'team', teamId: dutyTeam },
  { kind: 'practitioner', practitionerId: actors.nurse.practitionerId },
];
const commandArb: fc.Arbitrary<TaskCommand> = fc.oneof(
  fc.constant<TaskCommand>({ type: 'acknowledge' }),
  fc.constant<TaskCommand>({ type: 'start' }),
  fc.constant<TaskCommand>({ type: 'complete', outcome: 'Called the person; safe plan agreed.' }),
  fc.constant<TaskCommand>({ type: 'cancel', reason: 'Raised in error.' }),
  fc.constantFrom(...owners).map((owner): TaskCommand => ({ type: 'reassign', owner })),
);
const actorKeyArb = fc.constantFrom(...(Object.keys(actors) as ActorKey[]));

const at = (minute: number) =>
  new Date(Date.parse(START) + minute * 60_000).toISOString().replace('.000Z', 'Z');

class Step implements fc.Command<Model, Real> {
  constructor(
    readonly key: ActorKey,
    readonly command: TaskCommand,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.minute += 1;
    const expected = expectedCode(model, this.key, this.command);
    const result = transition(
      real.task,
      this.command,
      contextAt(at(model.minute), actors[this.key]),
    );
    if (expected !== undefined) {
      expect(result.ok ? 'accepted' : result.error.code).toBe(expected);
    } else {
      if (!result.ok) throw new Error(`expected acceptance, got ${result.error.code}`);
      const to = TO[this.command.type];
      if (to !== 'same') {
        model.status = to;
        model.changes += 1;
      }
      if (this.command.type === 'reassign') model.owner = this.command.owner;
      real.task = result.value.task;
      real.events.push(...result.value.events);
      for (const event of result.value.events) expect(parseTaskEvent(event).ok).toBe(true);
    }
    expect(real.task.status).toBe(model.status);
    expect(ownerKey(real.task.owner)).toBe(ownerKey(model.owner));
    expect(real.task.history).toHaveLength(model.changes);
    expect(parseTask(real.task).ok).toBe(true);
    const rebuilt = replay(real.events);
    expect(rebuilt.ok && rebuilt.value).toEqual(real.task);
  }
  toString = () => `${this.key}:${JSON.stringify(this.command)}`;
}

describe('task lifecycle (model-based)', () => {
  it('agrees with the model for any sequence of commands by any actor', () => {
    fc.assert(
      fc.property(
        fc.commands([fc.tuple(actorKeyArb, commandArb).map(([k, c]) => new Step(k, c))], {
          maxCommands: 40,
        }),
        (cmds) => {
          const opened = openedTask();
          fc.modelRun(
            () => ({
              model: {
                status: 'open' as TaskStatus,
                owner: opened.task.owner,
                changes: 1,
                minute: 0,
              },
              real: { task: opened.task, events: [...opened.events] },
            }),
            cmds,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

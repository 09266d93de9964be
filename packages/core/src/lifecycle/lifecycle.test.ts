import { describe, expect, it } from 'vitest';
import { err, ok } from '../result.js';
import {
  type CommandGroup,
  type CommandSpecs,
  defineLifecycle,
  type LifecycleTypes,
  type Rejection,
  rejectionOf,
  targetOneOf,
  toMarkdownTable,
  toMermaid,
} from './index.js';

// A small task lifecycle (open → acknowledged → done / cancelled; pause and resume to where it was).
type Status = 'open' | 'acknowledged' | 'paused' | 'done' | 'cancelled';
interface Task {
  readonly id: string;
  readonly status: Status;
  readonly pausedFrom?: Status;
  readonly notes: readonly string[];
  readonly owner: string;
}
type Command =
  | { readonly type: 'acknowledge' }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume' }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'complete' }
  | { readonly type: 'cancel'; readonly reason: string };
type Body =
  | { readonly type: 'created'; readonly owner: string }
  | { readonly type: 'acknowledged' }
  | { readonly type: 'paused'; readonly reason: string }
  | { readonly type: 'resumed'; readonly to: Status }
  | { readonly type: 'noted'; readonly text: string }
  | { readonly type: 'completed' }
  | { readonly type: 'cancelled'; readonly reason: string };
type Event = Body & { readonly taskId: string; readonly by: string };
type Code =
  | 'invalid-command'
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'reason-required';
interface Context {
  readonly by: string;
}
interface TaskTypes extends LifecycleTypes {
  readonly state: Status;
  readonly aggregate: Task;
  readonly working: Task;
  readonly command: Command;
  readonly event: Event;
  readonly body: Body;
  readonly context: Context;
  readonly actor: string;
  readonly who: 'owner' | 'anyone';
  readonly code: Code;
}

const open: readonly Status[] = ['open', 'acknowledged'];

const progress = {
  acknowledge: {
    from: ['open'],
    to: 'acknowledged',
    who: 'owner',
    summary: 'acknowledge',
    decide: () => ok([{ type: 'acknowledged' }]),
    evolve: { acknowledged: (task) => ({ ...task, status: 'acknowledged' }) },
  },
  pause: {
    from: open,
    to: 'paused',
    who: 'owner',
    summary: 'pause',
    decide: (_task, command) =>
      command.reason.trim() === ''
        ? err(rejectionOf('reason-required', 'Give a reason.'))
        : ok([{ type: 'paused', reason: command.reason }]),
    evolve: {
      paused: (task) => ({ ...task, status: 'paused', pausedFrom: task.status }),
    },
  },
  resume: {
    from: ['paused'],
    to: targetOneOf<TaskTypes>('where it was paused from', open, (t) => t.pausedFrom ?? 'open'),
    who: 'owner',
    summary: 'resume',
    decide: (task) => ok([{ type: 'resumed', to: task.pausedFrom ?? 'open' }]),
    evolve: {
      resumed: ({ pausedFrom: _dropped, ...task }, event) => ({ ...task, status: event.to }),
    },
  },
} satisfies CommandGroup<TaskTypes>;

const ending = {
  note: {
    from: [...open, 'paused'],
    to: 'same',
    who: 'anyone',
    summary: 'note',
    decide: (_task, command) => ok([{ type: 'noted', text: command.text }]),
    evolve: { noted: (task, event) => ({ ...task, notes: [...task.notes, event.text] }) },
  },
  complete: {
    from: ['acknowledged'],
    to: 'done',
    who: 'owner',
    summary: 'complete',
    decide: () => ok([{ type: 'completed' }]),
    evolve: { completed: (task) => ({ ...task, status: 'done' }) },
  },
  cancel: {
    from: [...open, 'paused'],
    to: 'cancelled',
    who: 'anyone',
    summary: 'cancel',
    decide: (_task, command) =>
      ok([
        { type: 'noted', text: command.reason },
        { type: 'cancelled', reason: command.reason },
      ]),
    evolve: { cancelled: (task) => ({ ...task, status: 'cancelled' }) },
  },
} satisfies CommandGroup<TaskTypes>;

const commands = { ...progress, ...ending } satisfies CommandSpecs<TaskTypes>;

const definition = {
  name: 'task',
  states: ['open', 'acknowledged', 'paused', 'done', 'cancelled'],
  terminal: ['done', 'cancelled'],
  stateOf: (task: Task) => task.status,
  actorOf: (context: Context) => context.by,
  permits: (task: Task, actor: string, who: 'owner' | 'anyone') =>
    who === 'anyone' || task.owner === actor,
  stamp: (task: Task, context: Context, body: Body): Event => ({
    ...body,
    taskId: task.id,
    by: context.by,
  }),
  produce: (task: Task, run: (working: Task) => Task) => run(task),
  otherEvents: { created: () => undefined },
  history: {
    isStart: (event: Event) => event.type === 'created',
    create: (event: Event): Task | undefined =>
      event.type === 'created'
        ? { id: event.taskId, status: 'open', notes: [], owner: event.owner }
        : undefined,
    sameStream: (first: Event, event: Event) => first.taskId === event.taskId,
  },
} as const;

const tasks = defineLifecycle<TaskTypes>()({ ...definition, commands });

const task: Task = { id: 't1', status: 'open', notes: [], owner: 'ann' };
const ann = { by: 'ann' };
const bob = { by: 'bob' };

describe('defineLifecycle', () => {
  it('accepts a command: next aggregate and stamped events; the input is untouched', () => {
    const r = tasks.transition(task, { type: 'acknowledge' }, ann);
    expect(r).toEqual(
      ok({
        aggregate: { ...task, status: 'acknowledged' },
        events: [{ type: 'acknowledged', taskId: 't1', by: 'ann' }],
      }),
    );
    expect(task.status).toBe('open');
  });

  it('refuses with the kit codes, in order: unknown, not authorised, wrong state, terminal', () => {
    const unknown: Command = JSON.parse('{"type":"explode"}'); // a caller ignoring the types
    expect(tasks.transition(task, unknown, ann)).toMatchObject(err({ code: 'invalid-command' }));
    expect(tasks.transition(task, { type: 'acknowledge' }, bob)).toMatchObject(
      err({ code: 'not-authorised', details: { command: 'acknowledge' } }),
    );
    expect(tasks.transition(task, { type: 'complete' }, ann)).toMatchObject(
      err({ code: 'invalid-transition', details: { state: 'open', command: 'complete' } }),
    );
    const done: Task = { ...task, status: 'done' };
    expect(tasks.transition(done, { type: 'note', text: 'x' }, ann)).toMatchObject(
      err({ code: 'terminal-state' }),
    );
  });

  it('refuses a command whose type cannot be read as invalid-command (regression: fuzz)', () => {
    const hostile = Object.defineProperty({}, 'type', {
      get: () => {
        throw new Error('hostile');
      },
    });
    expect(tasks.transition(task, hostile as Command, ann)).toMatchObject(
      err({ code: 'invalid-command' }),
    );
  });

  it('returns the decider rejection unchanged', () => {
    const r = tasks.transition(task, { type: 'pause', reason: ' ' }, ann);
    expect(r).toEqual(err({ code: 'reason-required', message: 'Give a reason.' }));
  });

  it('resumes to the state it was paused from (a dynamic target) and reports it via targetOf', () => {
    const paused = tasks.applyEvents(task, [
      { type: 'acknowledged', taskId: 't1', by: 'ann' },
      { type: 'paused', reason: 'away', taskId: 't1', by: 'ann' },
    ]);
    expect(paused.status).toBe('paused');
    expect(tasks.targetOf('resume', paused)).toBe('acknowledged');
    const r = tasks.transition(paused, { type: 'resume' }, ann);
    expect(r.ok && r.value.aggregate.status).toBe('acknowledged');
    expect(tasks.targetOf('note', paused)).toBe('paused');
  });

  it('replays: folding the recorded events equals the live aggregate', () => {
    let live = task;
    const events: Event[] = [];
    for (const command of [
      { type: 'note', text: 'a' },
      { type: 'pause', reason: 'b' },
      { type: 'resume' },
      { type: 'cancel', reason: 'c' },
    ] satisfies Command[]) {
      const r = tasks.transition(live, command, ann);
      if (!r.ok) throw new Error(r.error.message);
      live = r.value.aggregate;
      events.push(...r.value.events);
    }
    expect(tasks.applyEvents(task, events)).toEqual(live);
    const created: Event = { type: 'created', owner: 'ann', taskId: 't1', by: 'ann' };
    expect(tasks.replay([created, ...events])).toEqual(ok(live));
    expect(live.notes).toEqual(['a', 'c']);
    expect(tasks.applyEvents(task, [])).toBe(task);
  });

  it('refuses histories that do not describe one aggregate', () => {
    const created: Event = { type: 'created', owner: 'ann', taskId: 't1', by: 'ann' };
    const noted: Event = { type: 'noted', text: 'a', taskId: 't1', by: 'ann' };
    const code = { code: 'invalid-history' };
    expect(tasks.replay([])).toMatchObject(err(code));
    expect(tasks.replay([noted])).toMatchObject(err(code));
    expect(tasks.replay([created, { ...noted, taskId: 't2' }])).toMatchObject(
      err({ ...code, details: { index: 1 } }),
    );
    expect(tasks.replay([created, noted, created])).toMatchObject(
      err({ ...code, details: { index: 2 } }),
    );
  });

  it('steps: the identical aggregate and the rejection when refused', () => {
    const stepped = tasks.step(task, { type: 'complete' }, ann);
    expect(stepped.aggregate).toBe(task);
    expect(stepped.events).toEqual([]);
    expect(stepped.rejection?.code).toBe('invalid-transition');
    expect(tasks.step(task, { type: 'acknowledge' }, ann).aggregate.status).toBe('acknowledged');
  });

  it('lists the commands an actor may issue now', () => {
    expect(tasks.allowedCommands(task, 'ann')).toEqual(['acknowledge', 'pause', 'note', 'cancel']);
    expect(tasks.allowedCommands(task, 'bob')).toEqual(['note', 'cancel']);
  });

  it('parses after the type, actor and state checks, so deciders see only parsed commands', () => {
    const parsing = defineLifecycle<TaskTypes>()({
      ...definition,
      commands,
      parse: (input) =>
        typeof input === 'object' && input !== null && 'type' in input && input.type === 'note'
          ? ok({ type: 'note', text: 'parsed' })
          : err(rejectionOf('invalid-command', 'Not a note.')),
    });
    const r = parsing.transition(task, { type: 'note', text: 'raw' }, bob);
    expect(r.ok && r.value.events).toEqual([
      { type: 'noted', text: 'parsed', taskId: 't1', by: 'bob' },
    ]);
    expect(parsing.transition(task, { type: 'acknowledge' }, ann)).toMatchObject(
      err({ code: 'invalid-command' }),
    );
    expect(parsing.transition(task, { type: 'acknowledge' }, bob)).toMatchObject(
      err({ code: 'not-authorised' }),
    );
    const nothing: Command = JSON.parse('null');
    expect(parsing.transition(task, nothing, ann)).toMatchObject(err({ code: 'invalid-command' }));
  });

  it('draws the diagram and the table from the specs', () => {
    expect(toMermaid(tasks, [{ to: 'open', summary: 'createTask' }])).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> open : createTask',
        '  open --> acknowledged : acknowledge',
        '  open --> paused : pause',
        '  open --> open : note',
        '  open --> cancelled : cancel',
        '  acknowledged --> paused : pause',
        '  acknowledged --> acknowledged : note',
        '  acknowledged --> done : complete',
        '  acknowledged --> cancelled : cancel',
        '  paused --> open : resume',
        '  paused --> acknowledged : resume',
        '  paused --> paused : note',
        '  paused --> cancelled : cancel',
        '  done --> [*]',
        '  cancelled --> [*]',
        '',
      ].join('\n'),
    );
    const table = toMarkdownTable(tasks, (who) => who);
    expect(table).toContain(
      '| `resume` | `paused` | where it was paused from (`open`, `acknowledged`) | owner | resume |',
    );
    expect(table).toContain(
      '| `note` | `open`, `acknowledged`, `paused` | (same) | anyone | note |',
    );
  });

  it('is a compile error to leave out a command or an event reducer', () => {
    // @ts-expect-error -- `cancel` has no spec
    const missingCommand: CommandSpecs<TaskTypes> = {
      ...progress,
      note: ending.note,
      complete: ending.complete,
    };
    const { completed: _reducer, ...evolveWithoutCompleted } = ending.complete.evolve;
    const withoutReducer = {
      ...commands,
      complete: { ...ending.complete, evolve: evolveWithoutCompleted },
    };
    // @ts-expect-error -- no reducer for the `completed` event
    defineLifecycle<TaskTypes>()({ ...definition, commands: withoutReducer });
    expect(missingCommand).toBeDefined();
  });

  it('types rejections with the aggregate codes', () => {
    const r: Rejection<Code> = rejectionOf('reason-required', 'Give a reason.', {
      field: 'reason',
    });
    expect(r).toEqual({
      code: 'reason-required',
      message: 'Give a reason.',
      details: { field: 'reason' },
    });
  });
});

import { err, ok } from '../result.js';
import type {
  EveryEventEvolved,
  Lifecycle,
  LifecycleDefinition,
  OtherEvolvers,
} from './lifecycle-shape.js';
import { rejectionOf } from './rejection.js';
import type {
  CommandSpecs,
  CommandType,
  Decision,
  EventType,
  Evolved,
  LifecycleTypes,
  Target,
} from './types.js';

type Decider<T extends LifecycleTypes> = (
  aggregate: T['aggregate'],
  command: T['command'],
  context: T['context'],
) => Decision<T>;
type AnyEvolver<T extends LifecycleTypes> = (
  working: T['working'],
  event: T['event'],
) => Evolved<T>;

/** A reducer's result, or the working value it changed in place when it returned nothing. */
// biome-ignore lint/suspicious/noConfusingVoidType: a reducer that changes a draft returns nothing
const orSame = <W>(result: W | undefined | void, working: W): W =>
  result === undefined ? working : result;

const targetState = <T extends LifecycleTypes>(
  to: Target<T>,
  from: T['state'],
  aggregate: T['aggregate'],
): T['state'] => (to === 'same' ? from : typeof to === 'function' ? to(aggregate) : to);

/** The `type` of a caller's command; none when it has none or cannot be read (a hostile getter). */
function commandTypeOf(input: unknown): unknown {
  try {
    return typeof input === 'object' && input !== null
      ? (input as { type?: unknown }).type
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Derives a lifecycle from one record of command specs: `transition`, `allowedCommands`,
 * `applyEvents` (replay) and, through `toMermaid`/`toMarkdownTable`, the docs. Curried so the
 * types are named once and the record's own type is inferred (which lets the compiler check that
 * every event has a reducer).
 *
 * @example
 * // one file per command group: specs typed by `satisfies`, so params are inferred
 * export const closing = {
 *   close: {
 *     from: ['open'], to: 'closed', who: 'anyone', summary: 'close',
 *     decide: (_door, command) => ok([{ type: 'closed', by: command.by }]),
 *     evolve: { closed: (door) => ({ ...door, state: 'closed' }) },
 *   },
 * } satisfies CommandGroup<DoorTypes>;
 * // one record for the aggregate: a missing command or event reducer does not compile
 * export const doors = defineLifecycle<DoorTypes>()({
 *   name: 'door', states: ['open', 'closed'], terminal: [], stateOf: (door) => door.state,
 *   commands: { ...opening, ...closing },
 *   actorOf: (context) => context.actor, permits: () => true,
 *   stamp: (door, context, body) => ({ ...body, doorId: door.id, at: context.now }),
 *   produce: (door, run) => run(door), // or immer: (d, run) => produce(d, (x) => { run(x) })
 * });
 * const r = doors.transition(door, { type: 'close', by: 'ann' }, context); // Result
 * toMermaid(doors); // the diagram, from the same record
 */
export function defineLifecycle<T extends LifecycleTypes>() {
  return <R extends CommandSpecs<T>, O extends OtherEvolvers<T> = Record<never, never>>(
    definition: LifecycleDefinition<T, R> & {
      readonly otherEvents?: O;
    } & EveryEventEvolved<T, R, O>,
  ): Lifecycle<T> => build<T>(definition);
}

function build<T extends LifecycleTypes>(
  definition: LifecycleDefinition<T, CommandSpecs<T>>,
): Lifecycle<T> {
  const specs: CommandSpecs<T> = definition.commands;
  const commandTypes: CommandType<T>[] = [];
  const deciders = new Map<string, Decider<T>>();
  const reducers = new Map<string, AnyEvolver<T>>();
  const isCommandType = (type: unknown): type is CommandType<T> =>
    typeof type === 'string' && Object.hasOwn(specs, type);
  // Reducers are looked up by the event's own type, deciders by the command's: each only ever
  // sees values of its key.
  const addReducers = (evolve: OtherEvolvers<T>) => {
    for (const key of Object.keys(evolve))
      reducers.set(key, evolve[key as EventType<T>] as AnyEvolver<T>);
  };
  for (const type of Object.keys(specs) as CommandType<T>[]) {
    const spec = specs[type];
    commandTypes.push(type);
    deciders.set(type, spec.decide as Decider<T>);
    addReducers(spec.evolve);
  }
  if (definition.otherEvents) addReducers(definition.otherEvents);

  const { stateOf, permits, actorOf, name } = definition;
  const refuse =
    definition.refuse ??
    ((_aggregate: T['aggregate'], _actor: T['actor'], type: CommandType<T>, summary: string) =>
      rejectionOf('not-authorised', `This actor may not ${summary}.`, { command: type }));
  const terminal = new Set<string>(definition.terminal);

  const gate: Lifecycle<T>['gate'] = (aggregate, input, context) => {
    const type = commandTypeOf(input);
    if (!isCommandType(type)) {
      return err(rejectionOf('invalid-command', `Unknown ${name} command.`));
    }
    const spec = specs[type];
    const actor = actorOf(context);
    if (!permits(aggregate, actor, spec.who)) {
      return err(refuse(aggregate, actor, type, spec.summary));
    }
    const state = stateOf(aggregate);
    if (!spec.from.includes(state)) {
      const details = { state, command: type };
      return err(
        terminal.has(state)
          ? rejectionOf(
              'terminal-state',
              `The ${name} is ${state}; it accepts nothing further.`,
              details,
            )
          : rejectionOf(
              'invalid-transition',
              `Cannot ${spec.summary} while the ${name} is ${state}.`,
              details,
            ),
      );
    }
    return definition.parse ? definition.parse(input) : ok(input);
  };

  const evolve = (working: T['working'], event: T['event']): T['working'] => {
    let next = working;
    if (definition.everyEvent) next = orSame(definition.everyEvent(next, event), next);
    const reducer = reducers.get(event.type);
    return reducer ? orSame(reducer(next, event), next) : next;
  };
  const run = (events: readonly T['event'][]) => (working: T['working']) => {
    let next = working;
    for (const event of events) next = evolve(next, event);
    return next;
  };
  const applyEvents = (aggregate: T['aggregate'], events: readonly T['event'][]) =>
    events.length === 0 ? aggregate : definition.produce(aggregate, run(events));

  const transition: Lifecycle<T>['transition'] = (aggregate, input, context) => {
    const gated = gate(aggregate, input, context);
    if (!gated.ok) return gated;
    const command = gated.value;
    const decide = deciders.get(command.type);
    if (!decide) return err(rejectionOf('invalid-command', `Unknown ${name} command.`));
    const decision = decide(aggregate, command, context);
    if (!decision.ok) return decision;
    const events = decision.value.map((body) => definition.stamp(aggregate, context, body));
    return ok({ aggregate: applyEvents(aggregate, events), events });
  };

  const invalidHistory = (message: string, index?: number) =>
    err(rejectionOf('invalid-history', message, index === undefined ? undefined : { index }));
  /**
   * One pass over the history: each event is checked (same stream, not a second start) just
   * before it is folded, so a long history is read once; the first bad event stops the fold and
   * its (discarded) working value, and is reported as before.
   */
  const replay: Lifecycle<T>['replay'] = (events) => {
    const history = definition.history;
    const [first] = events;
    const start = first && history?.isStart(first) ? history.create(first) : undefined;
    if (!first || !history || !start) {
      return invalidHistory(`A ${name} history must begin with its start event.`);
    }
    if (events.length === 1) return ok(start);
    let bad: { readonly message: string; readonly index: number } | undefined;
    const foldChecked = (working: T['working']) => {
      let next = working;
      for (let index = 1; index < events.length; index++) {
        const event = events[index];
        if (event === undefined) continue;
        if (!history.sameStream(first, event)) {
          bad = { message: `Every event must belong to the same ${name}.`, index };
          break;
        }
        if (history.isStart(event)) {
          bad = { message: `A ${name} history has only one start event.`, index };
          break;
        }
        next = evolve(next, event);
      }
      return next;
    };
    const folded = (definition.fold ?? definition.produce)(start, foldChecked);
    return bad ? invalidHistory(bad.message, bad.index) : ok(folded);
  };

  return {
    name,
    states: definition.states,
    terminal: definition.terminal,
    commandTypes,
    spec: (type) => specs[type],
    isCommandType,
    stateOf,
    targetOf: (type, aggregate) => targetState<T>(specs[type].to, stateOf(aggregate), aggregate),
    gate,
    transition,
    step: (aggregate, command, context) => {
      const result = transition(aggregate, command, context);
      return result.ok ? result.value : { aggregate, events: [], rejection: result.error };
    },
    allowedCommands: (aggregate, actor) => {
      const state = stateOf(aggregate);
      return commandTypes.filter((type) => {
        const spec = specs[type];
        return spec.from.includes(state) && permits(aggregate, actor, spec.who);
      });
    },
    evolve,
    applyEvents,
    replay,
  };
}

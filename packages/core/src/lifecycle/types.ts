import type { Result } from '../result.js';
import type { Rejection } from './rejection.js';

/**
 * The types one aggregate's lifecycle is written in, bundled so each kit type takes one
 * parameter. `working` is what event reducers change: the aggregate itself (reducers return the
 * next value) or a mutable draft (for example an immer `Draft`, reducers change it in place).
 */
export interface LifecycleTypes {
  /** The aggregate's lifecycle states (a string union). */
  readonly state: string;
  /** The aggregate (a snapshot). */
  readonly aggregate: object;
  /** What event reducers change: the aggregate, or a draft of it. */
  readonly working: unknown;
  /** Every command, a union discriminated by `type`. */
  readonly command: { readonly type: string };
  /** Every event, a union discriminated by `type`. */
  readonly event: { readonly type: string };
  /** An event without its envelope (what `decide` returns), discriminated by `type`. */
  readonly body: { readonly type: string };
  /** What `transition` gets from the outside world (time, actor, ids…). */
  readonly context: unknown;
  /** Whom `allowedCommands` is asked about (usually the actor). */
  readonly actor: unknown;
  /** How a spec says who may issue a command (a permission record, a list of parties…). */
  readonly who: unknown;
  /** The aggregate's rejection codes (must include the kit's, see `LifecycleRejectionCode`). */
  readonly code: string;
}

/** The `type` of a command of `T`. */
export type CommandType<T extends LifecycleTypes> = T['command']['type'];
/** The `type` of an event of `T`. */
export type EventType<T extends LifecycleTypes> = T['event']['type'];
/** The command of `T` with the given `type`. */
export type CommandOf<T extends LifecycleTypes, C extends CommandType<T>> = Extract<
  T['command'],
  { readonly type: C }
>;
/** The event of `T` with the given `type`. */
export type EventOf<T extends LifecycleTypes, E extends EventType<T>> = Extract<
  T['event'],
  { readonly type: E }
>;

/** What `decide` returns: the event bodies to record, or why not. */
export type Decision<T extends LifecycleTypes> = Result<readonly T['body'][], Rejection<T['code']>>;

/**
 * What a reducer returns: the next working value, or nothing when it changed a draft in place.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: reducers that change a draft return nothing
export type Evolved<T extends LifecycleTypes> = T['working'] | void;

/**
 * How one event changes the aggregate: return the next value, or change the draft in place and
 * return nothing. Events are facts: reducers check no rules.
 */
export type Evolver<T extends LifecycleTypes, E extends EventType<T>> = (
  working: T['working'],
  event: EventOf<T, E>,
) => Evolved<T>;

/** One reducer per event type: a missing one is a compile error. */
export type Evolvers<T extends LifecycleTypes> = { readonly [E in EventType<T>]: Evolver<T, E> };

/**
 * Where a command leads when that depends on the aggregate (a referral `resume` returns to the
 * status it was paused from): a function of the aggregate before the command, with the states
 * it can return listed for diagrams and tables. Make one with {@link targetOneOf}.
 */
export interface DynamicTarget<T extends LifecycleTypes> {
  (aggregate: T['aggregate']): T['state'];
  /** Every state the function can return. */
  readonly oneOf: readonly T['state'][];
  /** Words for the table, e.g. `the status it was paused from`. */
  readonly label: string;
}

/** Where a command leads: a state, `'same'` (records in place), or a {@link DynamicTarget}. */
export type Target<T extends LifecycleTypes> = T['state'] | 'same' | DynamicTarget<T>;

/**
 * One command, specified once: the states it is accepted in, where it leads, who may issue it,
 * a few words for diagrams, its business rules (`decide`) and how the events it records change
 * the aggregate (`evolve`, one reducer per event type it owns).
 */
export interface CommandSpec<T extends LifecycleTypes, C extends CommandType<T>> {
  readonly from: readonly T['state'][];
  readonly to: Target<T>;
  readonly who: T['who'];
  /** A few words for diagrams, tables and messages ("agree plan"). */
  readonly summary: string;
  /**
   * The command's business rules. State and authorisation are already checked, and the command
   * is a parsed one: `decide` trusts its shape and limits.
   */
  readonly decide: (
    aggregate: T['aggregate'],
    command: CommandOf<T, C>,
    context: T['context'],
  ) => Decision<T>;
  /** Reducers for the events this command records (each event type is owned by one command). */
  readonly evolve: { readonly [E in EventType<T>]?: Evolver<T, E> };
}

/** Some commands of an aggregate: what one command-group file exports (`satisfies` this). */
export type CommandGroup<T extends LifecycleTypes> = {
  readonly [C in CommandType<T>]?: CommandSpec<T, C>;
};

/** Every command of an aggregate: a missing command is a compile error. */
export type CommandSpecs<T extends LifecycleTypes> = {
  readonly [C in CommandType<T>]: CommandSpec<T, C>;
};

/** Makes a {@link DynamicTarget}: `pick` chooses the state, `oneOf` lists what it can choose. */
export function targetOneOf<T extends LifecycleTypes>(
  label: string,
  oneOf: readonly T['state'][],
  pick: (aggregate: T['aggregate']) => T['state'],
): DynamicTarget<T> {
  return Object.assign((aggregate: T['aggregate']) => pick(aggregate), { oneOf, label });
}

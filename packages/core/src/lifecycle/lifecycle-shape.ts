import type { Result } from '../result.js';
import type { HistoryRejectionCode, LifecycleRejectionCode, Rejection } from './rejection.js';
import type {
  CommandSpec,
  CommandSpecs,
  CommandType,
  EventType,
  Evolved,
  Evolver,
  LifecycleTypes,
} from './types.js';

// What a lifecycle is given (its definition and history) and what `defineLifecycle` gives back.

/** A reducer for events no command records (for example the event that creates the aggregate). */
export type OtherEvolvers<T extends LifecycleTypes> = {
  readonly [E in EventType<T>]?: Evolver<T, E>;
};

/** Everything the kit needs besides the command specs, given once per aggregate. */
export interface LifecycleDefinition<T extends LifecycleTypes, R extends CommandSpecs<T>> {
  /** The aggregate's noun for messages ("plan", "referral"). */
  readonly name: string;
  /** Every state, in lifecycle order (diagrams and tables follow it). */
  readonly states: readonly T['state'][];
  /** States the aggregate never leaves on its own (drawn with an end arrow). */
  readonly terminal: readonly T['state'][];
  /** Reads the aggregate's state. */
  readonly stateOf: (aggregate: T['aggregate']) => T['state'];
  /** The command specs, one per command type (gather the command-group files here). */
  readonly commands: R;
  /** Reducers for events no command records. */
  readonly otherEvents?: OtherEvolvers<T>;
  /** Applied to the working value before every event's own reducer (e.g. `updatedAt`). */
  readonly everyEvent?: (working: T['working'], event: T['event']) => Evolved<T>;
  /**
   * Parses a command once its type, actor and state have passed (the cheap boundary check that
   * lets deciders trust their input); a failure should be an `invalid-command` rejection.
   */
  readonly parse?: (command: unknown) => Result<T['command'], Rejection<T['code']>>;
  /** Who is acting, from the context. */
  readonly actorOf: (context: T['context']) => T['actor'];
  /** True when `actor` may issue a command whose spec says `who`, on this aggregate. */
  readonly permits: (aggregate: T['aggregate'], actor: T['actor'], who: T['who']) => boolean;
  /** The `not-authorised` rejection for an actor `permits` refused (a generic one by default). */
  readonly refuse?: (
    aggregate: T['aggregate'],
    actor: T['actor'],
    type: CommandType<T>,
    summary: string,
  ) => Rejection<T['code'] | 'not-authorised'>;
  /** How histories begin, for `replay` (omit for aggregates that are not event-sourced). */
  readonly history?: LifecycleHistory<T>;
  /** Wraps an event body in its envelope (ids, time, actor…). */
  readonly stamp: (aggregate: T['aggregate'], context: T['context'], body: T['body']) => T['event'];
  /**
   * Runs reducers over a working value and returns the next aggregate: `(a, run) => run(a)` for
   * reducers that return new values, `(a, run) => produce(a, (d) => { run(d) })` for immer.
   */
  readonly produce: (
    aggregate: T['aggregate'],
    run: (working: T['working']) => T['working'],
  ) => T['aggregate'];
  /**
   * Like `produce`, for `replay`'s whole history at once (for example one mutable working copy,
   * frozen once at the end, where `produce` drafts per transition). `produce` when omitted.
   */
  readonly fold?: (
    aggregate: T['aggregate'],
    run: (working: T['working']) => T['working'],
  ) => T['aggregate'];
}

/** How an aggregate's history begins and what belongs to it, for `replay`. */
export interface LifecycleHistory<T extends LifecycleTypes> {
  /** True for an event that creates the aggregate. */
  readonly isStart: (event: T['event']) => boolean;
  /** The aggregate a start event creates (`undefined` for any other event). */
  readonly create: (event: T['event']) => T['aggregate'] | undefined;
  /** True when `event` belongs to the same aggregate (and tenant) as the start event `first`. */
  readonly sameStream: (first: T['event'], event: T['event']) => boolean;
}

/** Event types owned by some command spec of `R`. */
export type OwnedEvents<R> = {
  [C in keyof R]: R[C] extends { readonly evolve: infer V } ? keyof V : never;
}[keyof R];

/** Compiles only when every event type has a reducer (in a command spec or `otherEvents`). */
export type EveryEventEvolved<T extends LifecycleTypes, R, O> = [
  Exclude<EventType<T>, OwnedEvents<R> | keyof O>,
] extends [never]
  ? unknown
  : { readonly eventsWithoutReducer: Exclude<EventType<T>, OwnedEvents<R> | keyof O> };

/** An accepted command: the next aggregate and the events it recorded. */
export interface Transitioned<T extends LifecycleTypes> {
  readonly aggregate: T['aggregate'];
  readonly events: readonly T['event'][];
}

/** The outcome of `step`: on rejection, the very aggregate passed in and no events. */
export interface Stepped<T extends LifecycleTypes> extends Transitioned<T> {
  readonly rejection?: TransitionRejection<T>;
}

/** Any rejection `transition` can return for `T`. */
export type TransitionRejection<T extends LifecycleTypes> = Rejection<
  T['code'] | LifecycleRejectionCode
>;

/** A lifecycle derived from its command specs: the machine, its introspection and its docs. */
export interface Lifecycle<T extends LifecycleTypes> {
  readonly name: string;
  readonly states: readonly T['state'][];
  readonly terminal: readonly T['state'][];
  /** Every command type, in spec order. */
  readonly commandTypes: readonly CommandType<T>[];
  /** The spec of a command type. */
  readonly spec: <C extends CommandType<T>>(type: C) => CommandSpec<T, C>;
  /** True when `type` names a command of this lifecycle. */
  readonly isCommandType: (type: unknown) => type is CommandType<T>;
  /** Reads an aggregate's state. */
  readonly stateOf: (aggregate: T['aggregate']) => T['state'];
  /** The state a command leads to from this aggregate (before the command). */
  readonly targetOf: (type: CommandType<T>, aggregate: T['aggregate']) => T['state'];
  /**
   * Checks a command before its rules, in this order: known type, authorisation, state, then
   * parse (when the definition parses). Returns the parsed command `decide` may trust, or the
   * first rejection.
   */
  readonly gate: (
    aggregate: T['aggregate'],
    command: T['command'],
    context: T['context'],
  ) => Result<T['command'], TransitionRejection<T>>;
  /** Applies a command: the next aggregate and its events, or a rejection (nothing changes). */
  readonly transition: (
    aggregate: T['aggregate'],
    command: T['command'],
    context: T['context'],
  ) => Result<Transitioned<T>, TransitionRejection<T>>;
  /** Like `transition`, but always returns an aggregate (the identical one on rejection). */
  readonly step: (
    aggregate: T['aggregate'],
    command: T['command'],
    context: T['context'],
  ) => Stepped<T>;
  /** The commands `actor` may issue now, by state and authorisation. */
  readonly allowedCommands: (aggregate: T['aggregate'], actor: T['actor']) => CommandType<T>[];
  /** Applies one event to a working value (inside `produce`). */
  readonly evolve: (working: T['working'], event: T['event']) => T['working'];
  /** Folds events onto an aggregate; the same object back when there are none. */
  readonly applyEvents: (
    aggregate: T['aggregate'],
    events: readonly T['event'][],
  ) => T['aggregate'];
  /**
   * Rebuilds an aggregate from its full history: one start event first, then only events of the
   * same aggregate. `invalid-history` otherwise (and always, when the definition has no `history`).
   */
  readonly replay: (
    events: readonly T['event'][],
  ) => Result<T['aggregate'], Rejection<HistoryRejectionCode>>;
}

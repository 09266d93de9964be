/**
 * zod's own checks and refinements (`_zod.check`, `_zod.def.when`), run on a value outside a
 * parse exactly as zod runs them after a schema's own parse: the compiled reader's way of
 * honouring checks it does not build in (see `compiled-reader.ts`).
 */

type Def = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Def => typeof value === 'object' && value !== null;

/** zod's state while it checks one value: the value (a check may replace it) and the issues. */
interface Payload {
  value: unknown;
  readonly issues: unknown[];
}

/** One of zod's own checks, run as zod runs it. */
export interface Check {
  readonly when: ((payload: Payload) => unknown) | undefined;
  readonly run: (payload: Payload) => unknown;
}

type Callable = (...args: never[]) => unknown;
const isCallable = (value: unknown): value is Callable => typeof value === 'function';

/** zod's internals of a check instance, if they can be run. */
function checkOf(instance: unknown): Check | undefined {
  const internals = isRecord(instance) ? instance._zod : undefined;
  if (!isRecord(internals) || !isRecord(internals.def)) return undefined;
  const { check } = internals;
  const { when } = internals.def;
  if (!isCallable(check) || (when !== undefined && !isCallable(when))) return undefined;
  return {
    when: when === undefined ? undefined : (payload) => Reflect.apply(when, undefined, [payload]),
    run: (payload) => Reflect.apply(check, internals, [payload]),
  };
}

/**
 * The checks zod runs after a schema's own parse, in its order: the schema itself when it is a
 * check (a string format), then its `checks`. `undefined` when one cannot be run.
 */
export function checksToRun(node: unknown, def: Def): Check[] | undefined {
  const internals = isRecord(node) ? node._zod : undefined;
  const traits = isRecord(internals) ? internals.traits : undefined;
  const instances: unknown[] = traits instanceof Set && traits.has('$ZodCheck') ? [node] : [];
  if (Array.isArray(def.checks)) instances.push(...def.checks);
  const checks: Check[] = [];
  for (const instance of instances) {
    const check = checkOf(instance);
    if (!check) return undefined;
    checks.push(check);
  }
  return checks;
}

/**
 * Runs `checks` on `value` as zod does when nothing has failed before: a check whose `when`
 * declines is skipped; one that reports an issue (or turns async) fails the value; a check that
 * replaces the value (`overwrite`) replaces it. The value after the checks, or `undefined`.
 */
export function runChecks(
  value: unknown,
  checks: readonly Check[],
): { readonly value: unknown } | undefined {
  const payload: Payload = { value, issues: [] };
  for (const { when, run } of checks) {
    if (when && !when(payload)) continue;
    if (run(payload) instanceof Promise || payload.issues.length > 0) return undefined;
  }
  return { value: payload.value };
}

import {
  type CarePlanEvent,
  CarePlanEventSchema,
  carePlanLimits,
  compileReader,
  makeListParser,
  parseCarePlanEvent,
  type TenantId,
  undecided,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import v2Events from './__fixtures__/care-plan-events.v2.json';
import { careTeam, nurse, personId, reception } from './bench/fixtures.js';
import { history } from './bench/history.js';
import { at, context, counterIds, path, times } from './bench/path.js';
import { readHistory } from './history-reader.js';
import { startCarePlan, startNextVersion } from './start.js';
import { transition } from './transition.js';

/** Every event of the bench's realistic path (invite to next version), as JSON would hold it. */
function pathEvents(): unknown[] {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  const events: CarePlanEvent[] = [...started.value.events];
  for (const [i, [, actor, command]] of path.entries()) {
    const r = transition(plan, command, context(times[i] ?? at(0), actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
    events.push(...r.value.events);
  }
  const next = startNextVersion(plan, context(at(400), nurse, ids));
  if (!next.ok) throw new Error(next.error.message);
  events.push(...next.value.events);
  return JSON.parse(JSON.stringify(events));
}

const corpus: unknown[] = [...pathEvents(), ...v2Events, ...history(40).slice(-6)];
const compiled = compileReader(CarePlanEventSchema);
const closures = compileReader(CarePlanEventSchema, { compile: false });
const reader = compiled;

/** Both readers agree with the schema: they accept only what it accepts, with its output. */
function agrees(input: unknown): boolean {
  const read = compiled(input);
  expect(closures(input)).toStrictEqual(read);
  const parsed = parseCarePlanEvent(input);
  if (read === undecided) return true;
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(read).toStrictEqual(parsed.value);
    // Same keys in the same order, all the way down.
    expect(JSON.stringify(read)).toBe(JSON.stringify(parsed.value));
    expect(read).not.toBe(input);
  }
  return true;
}

type Path = readonly (string | number)[];

/** Every path to a value inside `value` (the root is `[]`). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...at, k]))];
}

type Mutation = (old: unknown) => { readonly value?: unknown; readonly remove?: true };

/** Changes the value at `where` in a deep copy of `event` (or removes its key). */
function mutate(event: unknown, where: Path, change: Mutation): unknown {
  const copy: unknown = structuredClone(event);
  if (where.length === 0) return change(copy).value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of where.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = where.at(-1) as string | number;
  const next = change(parent[last]);
  if (next.remove) delete parent[last];
  else parent[last] = next.value;
  return copy;
}

const oddStrings = fc.constantFrom(
  '',
  ' ',
  'x',
  'a'.repeat(63),
  'a'.repeat(64),
  'a'.repeat(200),
  'a'.repeat(201),
  '😀',
  '😀'.repeat(100),
  '😀'.repeat(101),
  '\ud800',
  'A-b.c:d_e',
  '-bad',
  'UPPER',
  '2026-10-01T09:00:00Z',
  '2026-10-01T09:00:00.123+01:00',
  '2026-02-29T09:00:00Z',
  '2024-02-29T09:00:00Z',
  '2026-10-01',
  '2026-13-01',
  'plan-invited',
  'progress-checked-in',
  'person',
  'practitioner',
  'nurse',
  'text',
  'some',
);
const oddValues = fc.oneof(
  oddStrings,
  fc.constantFrom(undefined, null, true, false, 0, -0, 1, 2, 1.5, -1, Number.NaN, Infinity),
  fc.constantFrom(2 ** 53, 10, 11, 100, [], {}, ['x'], [''], { kind: 'person' }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

/** Every length a check here is about, and one either side of it (for strings and lists). */
const boundaries = [
  ...new Set(
    [1, 2, 63, 64, 200, ...Object.values(carePlanLimits)].flatMap((n) => [n - 1, n, n + 1]),
  ),
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A string or list grown or cut to a length at a limit (in UTF-16 units or in emoji pairs).
  fc.tuple(fc.constantFrom(...boundaries), fc.boolean()).map(
    ([length, pairs]): Mutation =>
      (old) => {
        if (Array.isArray(old)) {
          return { value: Array.from({ length }, (_, i) => old[i % Math.max(1, old.length)]) };
        }
        if (typeof old !== 'string') return { value: old };
        const pad = pairs ? '😀' : (old.at(-1) ?? 'a');
        const units = pairs ? length * 2 : length;
        return { value: (old + pad.repeat(units)).slice(0, units) };
      },
  ),
  fc.constant<Mutation>(() => ({ remove: true })),
  oddValues.map(
    (value): Mutation =>
      () => ({ value }),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 2, unit: 'binary' })).map(
    ([at, text]): Mutation =>
      (old) => {
        if (typeof old !== 'string') return { value: old };
        const i = at % (old.length + 1);
        return { value: old.slice(0, i) + text + old.slice(i + 1) };
      },
  ),
  fc.tuple(fc.string({ maxLength: 8 }), oddValues).map(
    ([key, extra]): Mutation =>
      (old) =>
        typeof old === 'object' && old !== null && !Array.isArray(old)
          ? { value: { ...old, [key]: extra } }
          : { value: old },
  ),
);

describe('the event reader compiled from CarePlanEventSchema accepts exactly what zod accepts', () => {
  it('reads every event of the corpus as zod does, and decides nearly all of them itself', () => {
    let decided = 0;
    for (const event of corpus) {
      expect(parseCarePlanEvent(event).ok).toBe(true);
      agrees(event);
      if (reader(event) !== undecided) decided++;
    }
    expect(decided / corpus.length).toBeGreaterThan(0.9);
  });

  it('on mutated events (a key removed, a value replaced, a string edited, a key added)', () => {
    const mutated = fc
      .constantFrom(...corpus)
      .chain((event) =>
        fc.tuple(fc.constant(event), fc.constantFrom(...pathsOf(event)), mutation, mutation),
      );
    fc.assert(
      fc.property(mutated, fc.boolean(), ([event, where, change, again], twice) => {
        const once = mutate(event, where, change);
        agrees(once);
        if (twice) agrees(mutate(once, where.slice(0, -1), again));
      }),
      { numRuns: 6000 },
    );
  });

  it('on inputs that are not plain data (class instances, null prototypes, getters, holes)', () => {
    const [first] = corpus;
    const odd: unknown[] = [
      Object.assign(Object.create(null), first),
      Object.assign(new (class Event {})(), first),
      Object.defineProperty({ ...(first as object) }, 'id', { get: () => 'e-1', enumerable: true }),
      { ...(first as object), careTeam: { ...(first as { careTeam: object }).careTeam, x: 1 } },
      [first],
      null,
      'plan-invited',
    ];
    for (const input of odd) agrees(input);
  });

  it('readHistory gives the list zod gives, or leaves a refused list to zod', () => {
    const parseList = makeListParser('CarePlanEvent history', CarePlanEventSchema);
    const whole = parseList(corpus);
    expect(whole.ok && readHistory(corpus)).toStrictEqual(whole.ok && whole.value);
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), mutation, (index, change) => {
        const list = corpus.map((e, i) => (i === index ? mutate(e, [], change) : e));
        const zod = parseList(list);
        const read = readHistory(list);
        if (zod.ok) expect(read).toStrictEqual(zod.value);
        else expect(read).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

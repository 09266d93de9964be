import {
  type CarePlanEvent,
  CarePlanEventSchema,
  compileReader,
  makeListParser,
  parseCarePlanEvent,
  type TenantId,
  undecided,
} from '@livewell/core';
import { mutateAt, valueMutationArb, valuePaths } from '@livewell/core/testing';
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

const mutation = valueMutationArb();

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
        fc.tuple(fc.constant(event), fc.constantFrom(...valuePaths(event)), mutation, mutation),
      );
    fc.assert(
      fc.property(mutated, fc.boolean(), ([event, where, change, again], twice) => {
        const once = mutateAt(event, where, change);
        agrees(once);
        if (twice) agrees(mutateAt(once, where.slice(0, -1), again));
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
        const list = corpus.map((e, i) => (i === index ? mutateAt(e, [], change) : e));
        const zod = parseList(list);
        const read = readHistory(list);
        if (zod.ok) expect(read).toStrictEqual(zod.value);
        else expect(read).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

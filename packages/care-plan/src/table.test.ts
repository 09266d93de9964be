import { carePlanStates, isTerminalCarePlanState } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { isPermitted } from './permissions.js';
import { replay } from './replay.js';
import { carePlanCommandTypes, transitionTable } from './table.js';
import { actors, contextAt, plusDays } from './test-support/scenario.js';
import { planIn, validCommand } from './test-support/states.js';
import { step, transition } from './transition.js';

const rows = carePlanCommandTypes.flatMap((type) =>
  transitionTable[type].from.map((from) => ({ type, from, to: transitionTable[type].to })),
);

describe('every row of the transition table', () => {
  it.each(rows)('$type from $from → $to', ({ type, from, to }) => {
    const { plan, events, now } = planIn(from);
    expect(plan.state).toBe(from);
    const actor = Object.values(actors).find((a) =>
      isPermitted(plan, a, transitionTable[type].who),
    );
    if (!actor) throw new Error(`no actor may ${type}`);
    const result = transition(plan, validCommand(type, plan), contextAt(plusDays(now, 30), actor));
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.value.plan.state).toBe(to === 'same' ? from : to);
    expect(result.value.events.length).toBeGreaterThan(0);
    const rebuilt = replay([...events, ...result.value.events]);
    expect(rebuilt.ok && rebuilt.value).toEqual(result.value.plan);
  });
});

const offRows = carePlanCommandTypes.flatMap((type) =>
  carePlanStates
    .filter((state) => !transitionTable[type].from.includes(state))
    .map((state) => ({ type, state })),
);

describe('commands outside their rows are refused', () => {
  it.each(offRows)('$type in $state', ({ type, state }) => {
    const { plan, now } = planIn(state);
    const actor = Object.values(actors).find((a) =>
      isPermitted(plan, a, transitionTable[type].who),
    );
    if (!actor) throw new Error(`no actor may ${type}`);
    const stepped = step(plan, validCommand(type, plan), contextAt(plusDays(now, 30), actor));
    expect(stepped.plan).toBe(plan);
    expect(stepped.events).toEqual([]);
    expect(stepped.rejection?.code).toBe(
      isTerminalCarePlanState(state) ? 'terminal-state' : 'invalid-transition',
    );
  });
});

describe('terminal states', () => {
  it('accept nothing but being marked entered in error', () => {
    for (const state of ['superseded', 'withdrawn'] as const) {
      const { plan } = planIn(state);
      const accepted = carePlanCommandTypes.filter((t) => transitionTable[t].from.includes(state));
      expect(accepted).toEqual(['mark-entered-in-error']);
      expect(plan.state).toBe(state);
    }
    const accepted = carePlanCommandTypes.filter((t) =>
      transitionTable[t].from.includes('entered-in-error'),
    );
    expect(accepted).toEqual([]);
  });
});

describe('the graph of the table', () => {
  const next = (state: string) =>
    carePlanCommandTypes.flatMap((type) => {
      const row = transitionTable[type];
      return row.from.includes(state as never) ? [row.to === 'same' ? state : row.to] : [];
    });
  const reachable = (from: string) => {
    const seen = new Set([from]);
    const queue = [from];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const n of next(s)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return seen;
  };

  it('reaches every state from the two starts', () => {
    const seen = new Set([...reachable('invited'), ...reachable('in-conversation')]);
    expect([...seen].sort()).toEqual([...carePlanStates].sort());
    expect([...reachable('invited')].sort()).toEqual([...carePlanStates].sort());
  });

  it('lets every live state reach a review and an end', () => {
    for (const state of carePlanStates.filter((s) => !isTerminalCarePlanState(s))) {
      const seen = reachable(state);
      expect(seen.has('under-review'), state).toBe(true);
      expect(seen.has('withdrawn') && seen.has('entered-in-error'), state).toBe(true);
    }
  });
});

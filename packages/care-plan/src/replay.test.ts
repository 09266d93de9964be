import { describe, expect, it } from 'vitest';
import { replay } from './replay.js';
import { sealedHistory } from './sealed-events.js';

/** Regression (fuzz): `replay` threw `events is not iterable` and crashed on hostile histories. */
describe('replay reads its history before folding it', () => {
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const cases: Record<string, unknown> = {
    'not a list': {},
    null: null,
    'a list of junk': [{ type: 'plan-invited' }, 'x'],
    'a proxy that throws': new Proxy([], {
      get: () => {
        throw new Error('hostile');
      },
    }),
    'a revoked proxy': revoked.proxy,
  };
  it.each(Object.entries(cases))('%s is refused with invalid-history', (_name, events) => {
    const out = replay(events as never);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe('invalid-history');
  });
});

describe('replay trusts the events this package stamped, by a mark nobody else can add', () => {
  it('the mark is invisible: keys, JSON and a copy are the same as an unmarked event', async () => {
    const { history } = await import('./bench/history.js');
    const events = history(30);
    const [first] = events;
    if (!first) throw new Error('no event');
    expect(Object.isFrozen(first)).toBe(true);
    expect(Reflect.ownKeys(first)).toEqual(Object.keys(first));
    expect(sealedHistory(events)).toBe(events);
    const copies = [structuredClone(events), events.map((e) => ({ ...e }))];
    for (const copy of copies) {
      expect(copy).toEqual(events);
      expect(sealedHistory(copy)).toBeUndefined();
      // A copy is not trusted: it goes through the parser, and rebuilds the same plan.
      const fromCopy = replay(copy);
      const trusted = replay(events);
      expect(fromCopy.ok && trusted.ok && fromCopy.value).toEqual(trusted.ok && trusted.value);
    }
    const junk = [...events.slice(0, 5), { ...events[5], planId: 42 }] as never;
    const refused = replay(junk);
    expect(refused.ok).toBe(false);
  });
});

describe('a history from JSON is read into new objects (the compiled reader)', () => {
  it('leaves the input as it was, unfrozen, and rebuilds the same plan as the stamped events', async () => {
    const { history } = await import('./bench/history.js');
    const events = history(120);
    const fromJson: unknown[] = JSON.parse(JSON.stringify(events));
    const copy = structuredClone(fromJson);
    const rebuilt = replay(fromJson as never);
    const trusted = replay(events);
    expect(rebuilt.ok && rebuilt.value).toEqual(trusted.ok && trusted.value);
    expect(fromJson).toEqual(copy);
    expect(fromJson.some((e) => Object.isFrozen(e))).toBe(false);
  });
});

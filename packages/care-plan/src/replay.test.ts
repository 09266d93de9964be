import { describe, expect, it } from 'vitest';
import { replay } from './replay.js';

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

import type { Actor } from '@livewell/core';
import { carePlanArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedCommands } from './allowed.js';
import {
  isConsentingCarer,
  isInCareTeam,
  isPermitted,
  isTrustedSystem,
  memberRole,
} from './permissions.js';
import { startPermission } from './table.js';

const throwing = new Proxy(
  {},
  {
    get: () => {
      throw new Error('hostile');
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();

/** Regression (fuzz): every helper read `actor.kind` unguarded and threw on a hostile actor. */
describe('an actor that cannot be read is never a member and never permitted', () => {
  const [plan] = fc.sample(carePlanArb, { numRuns: 1, seed: 1 });
  it.each([
    ['a throwing proxy', throwing],
    ['a revoked proxy', revoked.proxy],
    ['null', null],
    ['a practitioner with no id', { kind: 'practitioner', role: 'gp' }],
  ])('%s', (_name, value) => {
    if (!plan) throw new Error('no plan');
    const actor = value as Actor;
    expect(memberRole(plan, actor)).toBeUndefined();
    expect(isConsentingCarer(plan, actor)).toBe(false);
    expect(isInCareTeam(plan, actor)).toBe(false);
    expect(isPermitted(plan, actor, startPermission)).toBe(false);
    expect(isTrustedSystem(actor, ['x'])).toBe(false);
    expect(allowedCommands(plan, actor)).toEqual([]);
  });
});

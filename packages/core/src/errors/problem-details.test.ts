import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnscorableCodeSchema } from '../activation/assessment.js';
import type { ParseError } from '../error.js';
import { type HistoryRejectionCode, lifecycleRejectionCodes } from '../lifecycle/rejection.js';
import type { UnsupportedSchemaVersion } from '../shared/upcast.js';
import {
  isLivewellErrorCode,
  problemTypeOf,
  toProblemDetails,
  unknownProblemType,
} from './problem-details.js';
import { type LivewellErrorCode, livewellErrorCodes, problemTypes } from './problem-types.js';

/** Compiles only when every code of `Codes` has a problem type. */
type Covered<Codes extends LivewellErrorCode> = Codes;
type CoreCodes = Covered<
  | ParseError['code']
  | UnsupportedSchemaVersion['code']
  | (typeof lifecycleRejectionCodes)[number]
  | HistoryRejectionCode
  | (typeof UnscorableCodeSchema.options)[number]
>;

const coreCodes: readonly CoreCodes[] = [
  'invalid-input',
  'unsupported-schema-version',
  'invalid-history',
  ...lifecycleRejectionCodes,
  ...UnscorableCodeSchema.options,
];

describe('problem types', () => {
  it('gives every code core defines a status', () => {
    for (const code of coreCodes) expect(isLivewellErrorCode(code)).toBe(true);
  });

  it.each(livewellErrorCodes)('%s has a kebab-case code, an error status and a title', (code) => {
    expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    const { status, title } = problemTypes[code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(600);
    expect(title.trim()).not.toBe('');
  });

  it('maps the codes adopters meet most to the statuses docs/http.md lists', () => {
    const statusOf = (code: LivewellErrorCode) => problemTypes[code].status;
    expect(statusOf('invalid-input')).toBe(400);
    expect(statusOf('not-authorised')).toBe(403);
    expect(statusOf('not-found')).toBe(404);
    expect(statusOf('invalid-transition')).toBe(409);
    expect(statusOf('conflict')).toBe(409);
    expect(statusOf('missing-person-goal')).toBe(422);
    expect(statusOf('newer-record')).toBe(500);
    expect(statusOf('storage-unavailable')).toBe(503);
  });
});

describe('toProblemDetails', () => {
  it('builds RFC 9457 members with the code and details as extensions', () => {
    const problem = toProblemDetails(
      { code: 'missing-person-goal', message: 'No goal.', details: { problems: ['x'] } },
      { instance: '/care-plans/p1/commands' },
    );
    expect(problem).toEqual({
      type: 'urn:livewell:problem:missing-person-goal',
      title: 'The person has no goal of their own',
      status: 422,
      detail: 'No goal.',
      instance: '/care-plans/p1/commands',
      code: 'missing-person-goal',
      details: { problems: ['x'] },
    });
  });

  it('carries parse issues and schema, and storage retryability', () => {
    const parse: ParseError = {
      code: 'invalid-input',
      message: 'Invalid Person',
      schema: 'Person',
      issues: [{ path: ['name'], code: 'invalid_type', message: 'Required' }],
    };
    expect(toProblemDetails(parse, { typeBase: 'https://example.org/problems/' })).toMatchObject({
      type: 'https://example.org/problems/invalid-input',
      status: 400,
      schema: 'Person',
      issues: parse.issues,
    });
    expect(toProblemDetails({ code: 'conflict', message: 'stale', retryable: true })).toMatchObject(
      { status: 409, retryable: true },
    );
  });

  it('answers 500 "Unexpected error" for a code it does not know, and never throws', () => {
    expect(problemTypeOf('no-such-code')).toBe(unknownProblemType);
    expect(problemTypeOf('__proto__')).toBe(unknownProblemType);
    fc.assert(
      fc.property(fc.string(), fc.string(), (code, message) => {
        const problem = toProblemDetails({ code, message });
        expect(problem.code).toBe(code);
        expect(problem.detail).toBe(message);
        expect(problem.status).toBe(problemTypeOf(code).status);
      }),
    );
  });
});

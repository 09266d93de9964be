import { readFileSync } from 'node:fs';
import { parseProgramme } from '@livewell/core';
import { programmeArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionProgress } from './completion.js';
import { CURRENT_PROGRAMME_SCHEMA_VERSION, upcastEnrolment, upcastProgramme } from './upcast.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('stored v1 programmes and enrolments stay readable', () => {
  it('reads both fixtures', () => {
    const programme = upcastProgramme(fixture('programme.v1.json'));
    const enrolment = upcastEnrolment(fixture('enrolment.v1.json'));
    if (!programme.ok || !enrolment.ok) throw new Error('a v1 fixture no longer parses');
    expect(completionProgress(programme.value, enrolment.value.attendance)).toMatchObject({
      attended: 1,
      needed: 4,
      met: false,
    });
  });

  it('refuses an unknown schema version', () => {
    const future = { ...(fixture('enrolment.v1.json') as object), schemaVersion: 9 };
    const r = upcastEnrolment(future);
    expect(r.ok ? 'ok' : r.error.code).toBe('unsupported-schema-version');
  });
});

describe('programme v1 → v2: sessions gain a kind', () => {
  it('reads a v1 programme as v2 with every session a workshop, leaving the stored value alone', () => {
    const stored = fixture('programme.v1.json');
    const before = JSON.stringify(stored);
    expect(parseProgramme(stored).ok).toBe(false); // the current schema alone cannot read v1
    const r = upcastProgramme(stored);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.schemaVersion).toBe(CURRENT_PROGRAMME_SCHEMA_VERSION);
    expect(r.value.sessions.map((s) => s.kind)).toEqual(Array(6).fill('workshop'));
    expect(r.value.sessions.map((s) => s.id)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('reads the v2 fixture as it is: workshop, action learning set and 1-2-1 sessions', () => {
    const r = upcastProgramme(fixture('programme.v2.json'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sessions.map((s) => s.kind)).toEqual([
      'workshop',
      'action-learning-set',
      'one-to-one',
    ]);
    expect(r.value).toEqual(fixture('programme.v2.json'));
  });

  it('v1 written from any v2 programme (kinds dropped, all workshops) upcasts back to it', () => {
    fc.assert(
      fc.property(programmeArb, (programme) => {
        const workshops = {
          ...programme,
          sessions: programme.sessions.map((s) => ({ ...s, kind: 'workshop' as const })),
        };
        const v1 = {
          ...workshops,
          schemaVersion: 1,
          sessions: workshops.sessions.map(({ kind: _kind, ...s }) => s),
        };
        expect(upcastProgramme(JSON.parse(JSON.stringify(v1)))).toEqual({
          ok: true,
          value: workshops,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('a v1 with unreadable sessions is a typed error, never a throw', () => {
    for (const sessions of [undefined, 'x', [1, null, 'w'], {}]) {
      const r = upcastProgramme({ ...(fixture('programme.v1.json') as object), sessions });
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-input');
    }
  });
});

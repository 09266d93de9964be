import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completionProgress } from './completion.js';
import { upcastEnrolment, upcastProgramme } from './upcast.js';

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

import type { Assessment, Task } from '@livewell/core';
import { taskArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirTask } from './export-task.js';
import { toFhirFlagObservation } from './flag-observation.js';

describe('toFhirTask', () => {
  it('exports any task as a valid FHIR R4 Task', () => {
    fc.assert(
      fc.property(taskArb, (task) => {
        const out = toFhirTask(task);
        expectValidFhir(out);
        expect(out.restriction?.period?.end).toBe(task.dueAt);
      }),
      { numRuns: 40 },
    );
  });

  it('maps an urgent flag task: asap, reason to the flag Observation, status from the lifecycle', () => {
    const task = fc.sample(taskArb, { seed: 1, numRuns: 1 })[0] as Task;
    const flagged: Task = {
      ...task,
      status: 'acknowledged',
      priority: 'urgent',
      reason: { kind: 'assessment-flag', assessmentId: task.id, flagCode: 'phq9-item9-positive' },
    };
    const out = toFhirTask(flagged);
    expect(out).toMatchObject({ status: 'accepted', priority: 'asap' });
    expect(out.reasonReference?.reference).toMatch(/^Observation\//);
    expect(out.reasonCode?.coding?.map((c) => c.code)).toEqual([
      'assessment-flag',
      'phq9-item9-positive',
    ]);
  });

  it('exports the flag Observation the task points to', () => {
    const assessment = {
      id: 'assessment-1',
      personId: 'person-1',
      completedAt: '2027-01-11T09:00:00Z',
    } as Assessment;
    const flag = {
      code: 'phq9-item9-positive',
      severity: 'urgent',
      message: 'Item 9 answered 2.',
    } as const;
    const observation = toFhirFlagObservation(assessment, flag);
    expectValidFhir(observation);
    const task = toFhirTask({
      ...(fc.sample(taskArb, { seed: 2, numRuns: 1 })[0] as Task),
      reason: { kind: 'assessment-flag', assessmentId: assessment.id, flagCode: flag.code },
    });
    expect(task.reasonReference?.reference).toBe(`Observation/${observation.id}`);
  });
});

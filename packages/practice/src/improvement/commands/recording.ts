import { type CommandGroup, err } from '@livewell/core';
import { record, rejection, STAFF_OR_SYSTEM } from '../rules.js';
import type { ImprovementTypes } from '../types.js';

/** Recording what was measured, and who co-designed the change. */
export const recording = {
  'record-measure': {
    from: ['idea', 'trial', 'in-routine-use'],
    to: 'same',
    who: STAFF_OR_SYSTEM,
    summary: 'record a measure',
    decide: (improvement, command, context) =>
      record(improvement, context, {
        type: 'improvement.measured',
        measure: {
          name: command.name,
          value: command.value,
          ...(command.unit === undefined ? {} : { unit: command.unit }),
          recordedAt: context.now,
          ...(command.note === undefined ? {} : { note: command.note }),
        },
      }),
    evolve: {
      'improvement.measured': (working, event) => {
        working.measures = [...working.measures, event.measure];
      },
    },
  },
  'add-co-designer': {
    from: ['idea', 'trial'],
    to: 'same',
    who: STAFF_OR_SYSTEM,
    summary: 'add a co-designer',
    decide: (improvement, command, context) => {
      const c = command.coDesigner;
      const already = improvement.coDesigners.some((d) =>
        d.kind === 'staff' && c.kind === 'staff'
          ? d.practitionerId === c.practitionerId
          : d.kind === 'patient' && c.kind === 'patient' && d.personId === c.personId,
      );
      if (already) {
        return err(rejection('already-co-designer', 'They are already a co-designer.'));
      }
      return record(improvement, context, {
        type: 'improvement.co-designer-added',
        coDesigner: c,
      });
    },
    evolve: {
      'improvement.co-designer-added': (working, event) => {
        working.coDesigners = [...working.coDesigners, event.coDesigner];
      },
    },
  },
} satisfies CommandGroup<ImprovementTypes>;

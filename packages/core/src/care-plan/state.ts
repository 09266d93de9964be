import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';

/**
 * Where a care and support plan is in its cycle (Year of Care: preparation → conversation →
 * recording → actions → review). `superseded`, `withdrawn` and `entered-in-error` are terminal.
 */
export const CarePlanStateSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'invited',
    'information-gathering',
    'prepared',
    'in-conversation',
    'active',
    'paused',
    'under-review',
    'superseded',
    'withdrawn',
    'entered-in-error',
  ]),
);
/** Where a care and support plan is in its cycle. */
export type CarePlanState = z.infer<typeof CarePlanStateSchema>;

/** Every plan state, in lifecycle order. */
export const carePlanStates: readonly CarePlanState[] = CarePlanStateSchema.options;

/** States a plan never leaves (except that superseded/withdrawn may be marked entered in error). */
export const terminalCarePlanStates: readonly CarePlanState[] = [
  'superseded',
  'withdrawn',
  'entered-in-error',
];

/** True for `superseded`, `withdrawn` and `entered-in-error`. */
export const isTerminalCarePlanState = (state: CarePlanState): boolean =>
  terminalCarePlanStates.includes(state);

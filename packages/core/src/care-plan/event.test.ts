import { describe, expect, it } from 'vitest';
import { CarePlanEventSchema, carePlanEventTypes } from './event.js';

describe('carePlanEventTypes', () => {
  it('lists the event union members’ types, in the schema’s order, each once', () => {
    const fromSchema = CarePlanEventSchema._zod.def.options.flatMap(
      (option) => option.shape.type._zod.def.values,
    );
    expect(carePlanEventTypes).toEqual(fromSchema);
    expect(new Set(carePlanEventTypes).size).toBe(carePlanEventTypes.length);
  });
});

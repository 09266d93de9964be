import {
  type CarePlanEvent,
  CarePlanEventSchema,
  compileReader,
  parseCarePlanEvent,
  type SchemaReader,
  undecided,
} from '@livewell/core';

let eventReader: SchemaReader | undefined;

/** Compiled on first use, so importing the package costs nothing for it. */
function readEvent(input: unknown): unknown {
  if (!eventReader) eventReader = compileReader(CarePlanEventSchema);
  return eventReader(input);
}

/** True for what the compiled reader returned for an event: `CarePlanEventSchema`'s own output. */
const isEvent = (value: unknown): value is CarePlanEvent => value !== undecided;

/**
 * A history read from outside (JSON, storage) as `CarePlanEventSchema` would read it, faster: each
 * event through the reader compiled from that schema (`compileReader` from `@livewell/core`), or, for an event the
 * reader leaves to the schema, through `parseCarePlanEvent`. `undefined` when the input is not a
 * list, cannot be read, or any event is refused: the caller then parses the whole list with zod,
 * which gives the same refusal and issues as before.
 */
export function readHistory(events: unknown): CarePlanEvent[] | undefined {
  try {
    if (!Array.isArray(events)) return undefined;
    const out: CarePlanEvent[] = [];
    for (let i = 0; i < events.length; i++) {
      const input: unknown = events[i];
      const read = readEvent(input);
      if (isEvent(read)) {
        out.push(read);
        continue;
      }
      const parsed = parseCarePlanEvent(input);
      if (!parsed.ok) return undefined;
      out.push(parsed.value);
    }
    return out;
  } catch {
    return undefined;
  }
}

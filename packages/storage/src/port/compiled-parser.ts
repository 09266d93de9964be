import { compileReader, ok, type Parser, type SchemaReader, undecided } from '@livewell/core';

/**
 * A parser that answers as `parse` does, faster: it reads with the reader compiled from `schema`
 * (core's `compileReader`, compiled on the first call, not at import) and hands whatever the
 * reader leaves undecided — every refusal among it, and input whose getters or proxy traps throw —
 * to `parse`, so what is refused and how it is reported stay `parse`'s own. `parse` must be the
 * parser core made from `schema` (`makeParser(name, schema)`): then both return equal values,
 * keys in the same order (`kinds.prop.test.ts` checks every kind that uses it).
 */
export function withCompiledReader<T>(parse: Parser<T>, schema: unknown): Parser<T> {
  let reader: SchemaReader | undefined;
  // What the reader returns is the schema's output, which is `T`: `parse` is made from `schema`.
  const isOutput = (value: unknown): value is T => value !== undecided;
  return (input) => {
    let read: unknown = undecided;
    try {
      reader ??= compileReader(schema);
      read = reader(input);
    } catch {
      // A getter or proxy trap threw (or a refinement did): the parser decides and reports it.
    }
    return isOutput(read) ? ok(read) : parse(input);
  };
}

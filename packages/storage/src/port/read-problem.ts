/**
 * A stored row a listing or an export could not read (damaged, or written in a shape this
 * release cannot read). The rest of the page or export is still returned; this says what is
 * missing from it, so nothing is dropped silently.
 */
export interface ReadProblem {
  /** Always `corrupt-record` (the code a `get` of the row would throw). */
  readonly code: 'corrupt-record';
  /** The storage name of the row's kind, e.g. `care-plan-event`. */
  readonly kind: string;
  /** The row's id. */
  readonly id: string;
  readonly message: string;
  /** What the reader reported, path by path. */
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];
}

/** A copy of `record` without its `undefined` properties (optional keys are omitted, not set). */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

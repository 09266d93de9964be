import { ID_PATTERN, type RecordId, RecordIdSchema } from '@livewell/core';

const MAX_ID = 200;

/** FNV-1a 32-bit hash of a string, as 8 hex digits (stable across runs and platforms). */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/**
 * A deterministic task id from what raised it (`task.<parts joined by .>`): the same source
 * always gives the same id, so a retried raise cannot open a second task. Ids longer than the
 * id grammar allows are shortened and suffixed with a hash of the whole.
 */
export function taskIdFor(...parts: readonly string[]): RecordId {
  const whole = ['task', ...parts].join('.');
  const id =
    whole.length <= MAX_ID && ID_PATTERN.test(whole)
      ? whole
      : `task.${fnv1a(whole)}.${whole.slice(5, MAX_ID - 20).replace(/[^A-Za-z0-9._:-]/g, '-')}`;
  const parsed = RecordIdSchema.safeParse(id);
  // The hash-only form always fits the grammar: `task.` and eight hex digits.
  return parsed.success ? parsed.data : RecordIdSchema.parse(`task.${fnv1a(whole)}`);
}

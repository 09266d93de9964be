import { InvalidRequestError } from '../port/errors.js';
import type { RecordKind, StoredRecord } from '../port/records.js';

/**
 * Refuses an `update` whose function changed what identifies the record: its id, its tenant or
 * the person it is about. A record moved to another person would escape that person's export and
 * erasure (and its events would be erased with the old owner), so an owner change is refused
 * like an id change, before anything is written.
 */
export function assertSameRecord<T extends StoredRecord>(
  kind: RecordKind<T>,
  current: T,
  next: T,
): void {
  const refuse = (what: string) => {
    throw new InvalidRequestError(`The update changed the ${kind.name}'s ${what}.`, {
      kind: kind.name,
      id: current.id,
    });
  };
  if (next.id !== current.id) refuse(`id from ${current.id}`);
  if (next.tenantId !== current.tenantId) refuse('tenant');
  const owner = kind.personIdOf;
  if (owner !== undefined && owner(next) !== owner(current)) refuse('person (owner)');
}

import type { TenantId } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorruptRecordError } from '../port/errors.js';
import { recordKinds } from '../port/kinds.js';
import { eventFromRow, eventRowId } from './event-sourced-repository.js';
import { CODEC_STAMP } from './stamp.js';

const tenantId = 't1' as TenantId;
const kind = recordKinds.carePlanEvent;

/** A row carrying `id` and a document the stamp vouches for (so only the id is in question). */
const rowOf = (id: string) => ({
  id,
  version: 1,
  seq: 1,
  personId: null,
  parentId: null,
  doc: { id: 'e1', tenantId, schemaVersion: 1 },
  stamp: CODEC_STAMP,
});

/** The reading the id format defines: the second and third '/'-separated parts as numbers. */
const reference = (id: string) => {
  const [, version, index] = id.split('/');
  return { version: Number(version), index: Number(index) };
};

describe('eventFromRow', () => {
  it('recovers the version and index every written event id carries (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
        fc.nat(),
        fc.nat(),
        (snapshotId, version, index) => {
          const read = eventFromRow(
            kind,
            { tenantId },
            rowOf(eventRowId(snapshotId, version, index)),
          );
          expect([read.version, read.index]).toEqual([version, index]);
        },
      ),
    );
  });

  it('reads any other id as the format defines it, and refuses it when that is not two whole numbers (property)', () => {
    const part = fc.oneof(
      fc.constantFrom('', '1', '07', '-2', ' 3', '1e3', '0x1f', 'x', '1.5'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const id = parts.join('/');
        const expected = reference(id);
        const valid =
          Number.isSafeInteger(expected.version) && Number.isSafeInteger(expected.index);
        if (!valid) {
          expect(() => eventFromRow(kind, { tenantId }, rowOf(id))).toThrow(CorruptRecordError);
          return;
        }
        const read = eventFromRow(kind, { tenantId }, rowOf(id));
        expect({ version: read.version, index: read.index }).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

import type { PersonId, RecordId } from '@livewell/core';
import { hostileStrings, make, megabyteText } from '../fixtures.js';
import type { SuiteContext } from './context.js';
import { json } from './round-trips.js';

const T = 'tenant-h';

/** Hostile strings (SQL fragments, unicode, 1 MB text) are stored and returned verbatim. */
export function hostileSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('hostile strings', () => {
    t.it(
      'SQL fragments, quoting and unicode in text fields round-trip verbatim',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        for (const [i, text] of hostileStrings.entries()) {
          const base = make.person(T, `p${i}`, i + 1);
          const person = { ...base, name: { given: text, family: `${text}-family` } };
          await s.people.create(person);
          t.expect((await s.people.get(person.id)).record.name).toEqual(person.name);
          t.expect(json((await raw.record(T, 'person', person.id))?.doc)).toEqual(json(person));
          const audit = {
            ...make.audit(T, `au-${i}`, `p${i}`),
            details: { [text]: text, note: [text, { nested: text }] },
          };
          await s.audit.append(audit);
          t.expect(json(await s.audit.get(audit.id))).toEqual(json(audit));
        }
        const listed = await s.people.list({ limit: 1000 });
        t.expect(listed.items.map((v) => v.record.name.given).sort()).toEqual(
          [...hostileStrings].sort(),
        );
        t.expect((await s.audit.listByPerson('p0' as PersonId)).items).toHaveLength(1);
      }),
      to,
    );

    t.it(
      'a 1 MB text survives write, read and raw storage unchanged',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const text = megabyteText();
        const audit = { ...make.audit(T, 'big-1'), details: { text } };
        await s.audit.append(audit);
        const read = await s.audit.get('big-1' as RecordId);
        t.expect((read.details as { text: string }).text === text).toBe(true);
        const stored = await raw.record(T, 'audit-event', 'big-1');
        const storedDoc = stored?.doc as { details?: { text?: string } } | undefined;
        t.expect(storedDoc?.details?.text === text).toBe(true);
      }),
      to,
    );
  });
}

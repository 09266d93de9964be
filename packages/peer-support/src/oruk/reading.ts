import { ServiceSchema } from '@livewell/core';
import * as z from 'zod';
import { ImportLedger } from './ledger.js';
import type { OrukNote } from './loss.js';
import { str } from './read.js';

/** One import in progress: the ledger of kept paths and the notes. */
export class Reading {
  readonly ledger = new ImportLedger();
  readonly notes: OrukNote[] = [];

  /** `value` read with `schema`; kept at `path` when valid, else reported and `undefined`. */
  take<S extends z.core.$ZodType>(schema: S, value: unknown, path: string, what: string) {
    if (value === undefined || value === null) return undefined;
    const r = z.safeParse(schema, value);
    if (r.success) {
      this.ledger.keep(path);
      return r.data as z.output<S>;
    }
    this.ledger.lose(path, `not a valid ${what} for livewell`);
    return undefined;
  }

  note(path: string, code: OrukNote['code'], message: string): void {
    this.notes.push({ path, code, message });
  }
}

/** A string with something besides spaces in it, kept as written; else `undefined`. */
export const text = (x: unknown): string | undefined => {
  const t = str(x);
  return t !== undefined && t.trim() !== '' ? t : undefined;
};

export const at = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`;

export const S = ServiceSchema.shape;
export const E = S.eligibility;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from './document.js';

/** Strings with every hazard: NUL, lone surrogates, backslashes, escapes spelled out. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(fc.constantFrom('\u0000', '\ud800', '\udfff', '\\', 'u0000', '\\u0000', 'a', '"'), {
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An escape JSONB rejects, not itself escaped by a preceding backslash. */
const unstorable = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

describe('encodeDocument', () => {
  it('round-trips every JSON value exactly', () => {
    fc.assert(
      fc.property(json, (value) => {
        const encoded = encodeDocument(value);
        const text = encoded.exact ?? encoded.jsonb;
        expect(decodeDocument(text, { kind: 'k', id: 'i' })).toEqual(value);
      }),
    );
  });

  it('gives JSONB text with nothing JSONB rejects, and keeps exact text only when needed', () => {
    fc.assert(
      fc.property(json, (value) => {
        const encoded = encodeDocument(value);
        expect(unstorable.test(encoded.jsonb)).toBe(false);
        expect(encoded.exact === null).toBe(encoded.jsonb === JSON.stringify(value));
      }),
    );
  });

  it('leaves an escaped backslash followed by "u0000" alone', () => {
    expect(encodeDocument({ s: '\\u0000' })).toEqual({ jsonb: '{"s":"\\\\u0000"}', exact: null });
    expect(encodeDocument({ s: '\\\u0000' }).jsonb).toBe('{"s":"\\\\\\ufffd"}');
  });
});

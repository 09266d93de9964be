import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64url, decode } from './page.js';

/** What the cursor's encoding was before it was written by hand: `btoa`, URL-safe, no padding. */
const viaBtoa = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

const oneByte = fc
  .array(fc.integer({ min: 0, max: 0xff }), { maxLength: 80 })
  .map((codes) => String.fromCharCode(...codes));

describe('cursor encoding', () => {
  it('is btoa in the URL-safe alphabet without padding, for every one-byte string', () => {
    fc.assert(
      fc.property(oneByte, (text) => {
        expect(base64url(text)).toBe(viaBtoa(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a character above U+00FF, as btoa does', () => {
    expect(() => base64url('ab€')).toThrow(RangeError);
    expect(() => btoa('ab€')).toThrow();
  });

  it('decodes what it encodes: any score, any key of id characters', () => {
    const key = fc.stringMatching(
      /^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}\/[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/,
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), key, (score, k) => {
        const cursor = base64url(JSON.stringify([score, k]));
        expect(decode(cursor)).toEqual({ score: Object.is(score, -0) ? 0 : score, key: k });
      }),
      { numRuns: 500 },
    );
  });
});

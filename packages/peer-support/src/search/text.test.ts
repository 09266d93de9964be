import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './text.js';

describe('tokenize', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(tokenize('Café Walks: 10:00, Ŵales')).toEqual(['cafe', 'walks', '10', '00', 'wales']);
  });

  it('gives the same tokens on the ASCII fast path as on the Unicode path', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        const unicode = s
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((t) => t.length > 0);
        expect(tokenize(s)).toEqual(unicode);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { linearSearch } from './linear.js';
import { createSearchIndex } from './search-index.js';

/** Regression (fuzz): a query term that was not text threw `text.toLowerCase is not a function`. */
describe('search parses the query and options it is given', () => {
  const tenantId = 'tenant-1';
  const directory = exampleDirectory(tenantId as never, '2026-01-01');
  const index = createSearchIndex(directory);
  const now = '2026-09-01T10:00:00Z';
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const bad: [string, unknown, unknown][] = [
    ['text that is a number', { tenantId, text: 7 }, { now }],
    ['a term whose code is an object', { tenantId, terms: [{ system: 's', code: {} }] }, { now }],
    ['a revoked proxy as the query', revoked.proxy, { now }],
    ['a revoked proxy as the options', { tenantId }, revoked.proxy],
    ['no options', { tenantId }, undefined],
  ];
  it.each(bad)('%s: invalid-query', (_name, query, options) => {
    for (const out of [
      index.search(query as never, options as never),
      linearSearch(directory, query as never, options as never),
    ]) {
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('invalid-query');
    }
  });

  it('bank holidays given as a Set are still accepted', () => {
    const out = index.search(
      { tenantId: tenantId as never },
      { now, bankHolidays: new Set(['2026-12-25']) },
    );
    expect(out.ok).toBe(true);
  });
});

import type { SuiteContext } from './context.js';

/** For SQL adapters: the live schema matches what the migrations declare. */
export function schemaSuite(ctx: SuiteContext): void {
  const { t, options } = ctx;
  t.describe('live schema', () => {
    const check = options.schemaCheck;
    if (check === undefined) {
      t.it.skip(
        'live schema matches migrations (no schemaCheck supplied: not an SQL adapter)',
        () => {},
      );
      return;
    }
    t.it(
      'live schema matches migrations',
      async () => {
        t.expect(await check.call(options)).toEqual([]);
      },
      options.timeout,
    );
  });
}

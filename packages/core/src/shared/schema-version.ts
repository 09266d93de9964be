import * as z from 'zod/mini';

/**
 * Every persisted shape carries `schemaVersion`; readers upcast older versions. A schema
 * declares the version it writes with `schemaVersion(n)`.
 */
export const schemaVersion = <const N extends number>(n: N) => z.literal(n);

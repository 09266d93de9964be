/**
 * Serves the ORUK API v3 over the example directory: `pnpm --filter
 * @livewell/example-oruk-api start`, then `curl localhost:8080/services?per_page=2`.
 */
import type { TenantId } from '@livewell/core';
import { gpPracticeDirectory } from './directory.js';
import { createOrukServer } from './server.js';

const dir = gpPracticeDirectory('leeds-practice' as TenantId);
const port = Number(process.env.PORT ?? 8080);
createOrukServer(() => dir).listen(port, '127.0.0.1', () => {
  console.log(`ORUK API v3 on http://127.0.0.1:${port}/services (${dir.entries.length} services)`);
});

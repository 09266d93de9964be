/** Prints the OpenAPI 3.1 document: `pnpm --filter @livewell/example-http-service openapi`. */
import { openApiDocument } from './openapi.js';

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);

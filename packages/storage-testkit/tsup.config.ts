import { defineConfig } from 'tsup';
import { nodeBuild } from '../../scripts/build/node-build.js';

// Node only (a PostgreSQL driver / a test suite): no browser build.
export default defineConfig(nodeBuild({ entry: { index: 'src/index.ts' }, external: ['vitest'] }));

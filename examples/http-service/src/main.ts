/** Runs the example service: `pnpm --filter @livewell/example-http-service start` (PORT, DATABASE_URL). */
import { buildServer } from './server.js';
import { openServiceStore } from './store.js';

const opened = await openServiceStore();
const app = buildServer({ store: opened.store }, { logger: true });
app.addHook('onClose', () => opened.close());
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close());

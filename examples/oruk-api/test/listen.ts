import type { AddressInfo } from 'node:net';
import type { OrukApiDirectory } from '@livewell/peer-support/oruk';
import { createOrukServer } from '../src/server.js';

/** Starts the API on a loopback port; `current` is read per request. */
export async function listen(current: () => OrukApiDirectory) {
  const server = createOrukServer(current);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

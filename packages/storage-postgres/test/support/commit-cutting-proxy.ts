/**
 * Test support: a TCP proxy on 127.0.0.1 in front of a PostgreSQL server that, once armed,
 * forwards the next COMMIT to the server but cuts the client's connection as soon as the
 * server answers it. The transaction is committed; the client only sees its connection drop —
 * the "outcome unknown" case of a lost acknowledgement.
 */
import net from 'node:net';

/** A running proxy. */
export interface CommitCuttingProxy {
  readonly port: number;
  /** How many COMMIT acknowledgements were cut so far. */
  readonly cuts: number;
  /** Cut the client connection right after the server's reply to the next COMMIT. */
  cutNextCommit(): void;
  close(): Promise<void>;
}

const COMMIT = Buffer.from('COMMIT\0');

/** Starts a proxy forwarding to `target` (host and port of the server). */
export async function commitCuttingProxy(target: {
  readonly host: string;
  readonly port: number;
}): Promise<CommitCuttingProxy> {
  let armed = false;
  let cuts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let commitPending = false;
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk) => {
      // A simple-protocol COMMIT ('Q' message) from the client.
      if (armed && chunk[0] === 0x51 && chunk.includes(COMMIT)) {
        armed = false;
        commitPending = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      // The server's CommandComplete carries the tag "COMMIT": it has committed. Drop it.
      if (commitPending && chunk.includes(COMMIT)) {
        commitPending = false;
        cuts += 1;
        closeBoth();
        return;
      }
      client.write(chunk);
    });
    for (const socket of [client, upstream]) {
      socket.on('error', closeBoth);
      socket.on('close', () => {
        sockets.delete(socket);
        closeBoth();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new TypeError('no port');
  return {
    port: address.port,
    get cuts() {
      return cuts;
    },
    cutNextCommit: () => {
      armed = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy to a server, for fault tests: `cut()` drops every connection and refuses new
 * ones, as a stopped server does; `silence()` drops every connection and takes new ones without ever
 * answering, as a hung server does; `restore()` forwards again on the same port, as a restarted one does.
 */
export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  silence(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port that forwards to host:port. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let silent = false;
  const make = (): Server =>
    createServer((client) => {
      sockets.add(client);
      if (silent) {
        client.on('error', () => sockets.delete(client)).on('close', () => sockets.delete(client));
        return;
      }
      const upstream = connect(port, host);
      sockets.add(upstream);
      const drop = (): void => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  const listen = (server: Server, at: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : at);
      });
    });
  let server: Server | undefined = make();
  const boundPort = await listen(server, 0);
  const dropAll = (): void => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const stop = async (): Promise<void> => {
    const closing = server;
    server = undefined;
    dropAll();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  const listenAgain = async (): Promise<void> => {
    if (server) return;
    server = make();
    await listen(server, boundPort);
  };
  return {
    port: boundPort,
    cut: stop,
    silence: async () => {
      silent = true;
      dropAll();
      await listenAgain();
    },
    restore: async () => {
      if (silent) dropAll();
      silent = false;
      await listenAgain();
    },
    close: async () => {
      silent = false;
      await stop();
    },
  };
}

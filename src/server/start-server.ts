import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DyadError } from '../errors.js';
import type { EventStore } from '../store/event-store.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the app over HTTP; loopback only unless a host is given. Port 0 picks a free port. */
export async function startServer(store: EventStore, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const app = createApp(store);
  const server = createServer((req, res) => {
    void app.handle(req.method ?? 'GET', req.url ?? '/').then((r) => {
      res.writeHead(r.status, r.headers);
      res.end(req.method === 'HEAD' ? undefined : r.body);
    });
  });
  const host = options.host ?? '127.0.0.1';
  const wanted = options.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'the port is in use (choose another with --port)' : err.code === 'EACCES' ? 'not allowed to listen there' : err.message;
      reject(new DyadError('input', `${host}:${wanted}: ${why}`));
    });
    server.listen(wanted, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

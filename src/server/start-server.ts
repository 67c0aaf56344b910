import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DyadError } from '../errors.js';
import type { EventStore } from '../store/event-store.js';
import { createApp, type HttpResponse } from './app.js';
import { hostAllowed } from './host-allowed.js';

const refused: HttpResponse = { status: 421, headers: { 'content-type': 'text/plain' }, body: 'this server answers to 127.0.0.1 and localhost (and the name given to --host) only\n' };

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the app over HTTP; loopback only unless a host is given. Port 0 picks a free port. */
export async function startServer(store: EventStore, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createApp(store);
  const server = createServer((req, res) => {
    const answer = hostAllowed(req.headers.host, host) ? app.handle(req.method ?? 'GET', req.url ?? '/') : Promise.resolve(refused);
    answer
      .then((r) => {
        res.writeHead(r.status, r.headers);
        res.end(req.method === 'HEAD' ? undefined : r.body);
      })
      .catch((err: unknown) => {
        // The app answers every error itself; this is for a bug in that answer, and keeps serving.
        process.stderr.write(`dyad serve: ${req.method} ${req.url}: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')}\n`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      });
  });
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

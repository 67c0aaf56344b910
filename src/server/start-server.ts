import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { DyadError } from '../errors.js';
import type { EventStore } from '../store/event-store.js';
import { createApp } from './app.js';
import { errorAnswer } from './error-response.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the app over HTTP; loopback only unless a host is given. Port 0 picks a free port. */
export async function startServer(store: EventStore, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const app = createApp(store, { host, log });
  const listener = getRequestListener(app.fetch, {
    // A request with no Host header is given a name no server answers to, so the app refuses it (421).
    hostname: 'no-host.invalid',
    // Keep the platform's Request and Response: the adapter would otherwise replace them process-wide.
    overrideGlobalObjects: false,
    // A request Node parsed but whose target is no URL ("*", a backslash): answered like the app's errors.
    errorHandler: (err) => {
      const { status, message } = errorAnswer(err, 'request', log);
      return new Response(JSON.stringify({ error: message }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
    },
  });
  const server = createServer((req, res) => void listener(req, res));
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

import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { startServer } from '../../server/start-server.js';
import type { Command } from '../io.js';
import { openExistingStore } from '../store-args.js';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port expects a number from 0 to 65535, got "${value}"`);
  return port;
}

/** Resolves when the process is asked to stop, so that the command can close the store cleanly. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'dyad serve [--db dyad.db] [--port 8080] [--host 127.0.0.1]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { db: { type: 'string', default: 'dyad.db' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } },
    });
    const port = parsePort(values.port);
    const store = await openExistingStore(values.db, io);
    try {
      const running = await startServer(store, { port, host: values.host });
      io.stdout.write(`Dyad explorer on ${running.url} (store ${values.db}); Ctrl-C to stop\n`);
      await untilSignal();
      await running.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};

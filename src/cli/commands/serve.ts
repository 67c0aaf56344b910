import { parseArgs } from 'node:util';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { startServer } from '../../server/start-server.js';
import type { Command } from '../io.js';
import { DB_OPTION, openExistingStore } from '../store-args.js';

export function parsePort(value: string): number {
  return parseWholeNumber(value, '--port', 0, 65535) ?? 8080;
}

/** Resolves when the process is asked to stop, so that the command can close the store cleanly. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

const OPTIONS = {
  ...DB_OPTION,
  port: { type: 'string', default: '8080', arg: 'N', help: 'the port (0 picks a free one)' },
  host: { type: 'string', default: '127.0.0.1', arg: 'ADDRESS', help: 'the address to listen on; other than loopback, anyone who reaches it reads the store' },
} as const;

export const serveCommand: Command = {
  name: 'serve',
  usage: 'dyad serve [--db PATH] [--port N] [--host ADDRESS]',
  options: OPTIONS,
  examples: ['dyad serve --db news.db', 'dyad serve --port 0'],
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS });
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

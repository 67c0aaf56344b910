import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DyadError } from '../../errors.js';
import { defaultWorkerCount } from '../../ingest/worker-pool.js';
import { packageRoot } from '../../package-root.js';
import { startServer } from '../../server/start-server.js';
import { openStore } from '../../store/open-store.js';
import type { Command } from '../io.js';
import { ingestPaths } from './ingest.js';
import { parsePort, untilSignal } from './serve.js';
import { selfCommand } from '../self-command.js';

const OPTIONS = {
  port: { type: 'string', default: '8080', arg: 'N', help: 'the port of the explorer (0 picks a free one)' },
  db: { type: 'string', arg: 'PATH', help: 'where to build the store; must not exist (default: a new temporary file)' },
  'no-serve': { type: 'boolean', default: false, help: 'build the store and stop' },
} as const;

export const demoCommand: Command = {
  name: 'demo',
  usage: 'dyad demo [--port N] [--db PATH] [--no-serve]',
  options: OPTIONS,
  examples: ['dyad demo', 'dyad demo --db demo.db --no-serve && dyad events --db demo.db'],
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS });
    const port = parsePort(values.port);
    // A fresh store every time, and never one the user already has.
    if (values.db && existsSync(values.db)) throw new DyadError('input', `${values.db}: already exists; the demo builds a fresh store (choose another --db)`);
    const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'dyad-demo-')), 'demo.db');
    const corpus = join(packageRoot(), 'samples', 'corpus');
    io.stderr.write(`demo: ingesting the sample corpus ${corpus} into ${db}\n`);
    const status = await ingestPaths([corpus], db, defaultWorkerCount(), io);
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      io.stdout.write(`demo: ${stats.articles} articles, ${stats.mentions} event reports merged into ${stats.events} events\n`);
      if (values['no-serve']) return status;
      const running = await startServer(store, { port });
      io.stdout.write(
        [
          `Dyad explorer on ${running.url}  (Ctrl-C to stop)`,
          `  events:    ${running.url}#/events`,
          `  a dyad:    ${running.url}#/dyad?a=RUS&b=UKR&by=month`,
          `  network:   ${running.url}#/network`,
          `  map:       ${running.url}#/map`,
          `The store stays at ${db}: query it with "${selfCommand()} events --db ${db}".`,
          '',
        ].join('\n'),
      );
      await untilSignal();
      await running.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};

import { parseArgs } from 'node:util';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { openExistingStore } from '../store-args.js';

export const actorsCommand: Command = {
  name: 'actors',
  usage: 'dyad actors [--limit 100] [--format table|jsonl] [--db dyad.db]',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string', default: 'dyad.db' }, limit: { type: 'string', default: '100' }, format: { type: 'string', default: 'table' } } });
    const store = await openExistingStore(values.db, io);
    try {
      const actors = await store.actors(Number(values.limit) || 100);
      if (values.format === 'jsonl') for (const a of actors) io.stdout.write(JSON.stringify(a) + '\n');
      else io.stdout.write(formatTable(['code', 'country', 'sector', 'name', 'as source', 'as target'], actors.map((a) => [a.code, a.country, a.sector, a.name, a.asSource, a.asTarget])));
      return 0;
    } finally {
      await store.close();
    }
  },
};

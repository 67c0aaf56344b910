import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { openExistingStore } from '../store-args.js';

export const searchCommand: Command = {
  name: 'search',
  usage: 'dyad search "words" [--limit 20] [--format table|jsonl] [--db dyad.db]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string', default: 'dyad.db' }, limit: { type: 'string', default: '20' }, format: { type: 'string', default: 'table' } },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw usageError(`no search words given\nusage: ${this.usage}`);
    const store = await openExistingStore(values.db, io);
    try {
      const hits = await store.search(query, Number(values.limit) || 20);
      if (values.format === 'jsonl') for (const h of hits) io.stdout.write(JSON.stringify(h) + '\n');
      else io.stdout.write(formatTable(['published', 'title', 'events', 'id', 'snippet'], hits.map((h) => [h.published, h.title, h.events, h.id, h.snippet])));
      return 0;
    } finally {
      await store.close();
    }
  },
};

import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { oneOf } from '../one-of.js';
import { DB_OPTION, openExistingStore } from '../store-args.js';

const OPTIONS = {
  ...DB_OPTION,
  limit: { type: 'string', default: '20', arg: 'N', help: 'how many articles' },
  format: { type: 'string', default: 'table', arg: 'table|jsonl', help: 'output format' },
} as const;

export const searchCommand: Command = {
  name: 'search',
  usage: 'dyad search "words" [--limit N] [--format table|jsonl] [--db PATH]',
  options: OPTIONS,
  examples: ['dyad search "sanctions Belarus"', 'dyad search "ceasefire" --limit 5 --format jsonl'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    const query = positionals.join(' ').trim();
    if (!query) throw usageError(`no search words given\nusage: ${this.usage}`);
    const limit = parseWholeNumber(values.limit, '--limit', 1, 10_000) ?? 20;
    const format = oneOf(values.format, ['table', 'jsonl'], '--format');
    const store = await openExistingStore(values.db, io);
    try {
      const hits = await store.search(query, limit);
      if (format === 'jsonl') for (const h of hits) io.stdout.write(JSON.stringify(h) + '\n');
      else io.stdout.write(formatTable(['published', 'title', 'events', 'id', 'snippet'], hits.map((h) => [h.published, h.title, h.events, h.id, h.snippet])));
      return 0;
    } finally {
      await store.close();
    }
  },
};

import { parseArgs } from 'node:util';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { oneOf } from '../one-of.js';
import { DB_OPTION, openExistingStore } from '../store-args.js';

const OPTIONS = {
  ...DB_OPTION,
  limit: { type: 'string', default: '100', arg: 'N', help: 'how many actors' },
  format: { type: 'string', default: 'table', arg: 'table|jsonl', help: 'output format' },
} as const;

export const actorsCommand: Command = {
  name: 'actors',
  usage: 'dyad actors [--limit N] [--format table|jsonl] [--db PATH]',
  options: OPTIONS,
  examples: ['dyad actors --limit 20', 'dyad actors --format jsonl | jq .code'],
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS });
    const limit = parseWholeNumber(values.limit, '--limit', 1, 100_000) ?? 100;
    const format = oneOf(values.format, ['table', 'jsonl'], '--format');
    const store = await openExistingStore(values.db, io);
    try {
      const actors = await store.actors(limit);
      if (format === 'jsonl') for (const a of actors) io.stdout.write(JSON.stringify(a) + '\n');
      else io.stdout.write(formatTable(['code', 'country', 'sector', 'name', 'as source', 'as target'], actors.map((a) => [a.code, a.country, a.sector, a.name, a.asSource, a.asTarget])));
      return 0;
    } finally {
      await store.close();
    }
  },
};

import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import type { Period } from '../../store/event-store.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { FILTER_OPTIONS, openExistingStore, toFilter } from '../store-args.js';

const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

export const dyadCommand: Command = {
  name: 'dyad',
  usage: 'dyad dyad A B [--by day|week|month|year] [--since/--until YYYY-MM-DD] [--format table|jsonl] [--db dyad.db]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...FILTER_OPTIONS, by: { type: 'string', default: 'month' }, format: { type: 'string', default: 'table' } },
    });
    const [a, b] = positionals.map((p) => p.toUpperCase());
    if (!a || !b || positionals.length !== 2) throw usageError(`two actor codes expected\nusage: ${this.usage}`);
    const by = values.by as Period;
    if (!PERIODS.includes(by)) throw usageError(`--by expects day, week, month or year, got "${values.by}"`);
    const store = await openExistingStore(values.db, io);
    try {
      const points = await store.dyad(a, b, by, toFilter(values));
      if (values.format === 'jsonl') {
        for (const p of points) io.stdout.write(JSON.stringify(p) + '\n');
      } else {
        io.stdout.write(
          formatTable(
            ['period', 'direction', 'events', 'reports', 'goldstein sum', 'mean', 'q1 verbal coop', 'q2 material coop', 'q3 verbal confl', 'q4 material confl'],
            points.map((p) => [p.period, p.direction === 'a>b' ? `${a}>${b}` : `${b}>${a}`, p.events, p.mentions, p.goldsteinSum, p.goldsteinMean, ...p.quad]),
          ),
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

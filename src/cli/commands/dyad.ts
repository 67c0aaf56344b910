import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import type { Period } from '../../store/event-store.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { oneOf } from '../one-of.js';
import { FILTER_OPTIONS, filterFromFlags, openExistingStore } from '../store-args.js';

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

const OPTIONS = {
  ...FILTER_OPTIONS,
  by: { type: 'string', default: 'month', arg: 'day|week|month|year', help: 'the length of a period' },
  format: { type: 'string', default: 'table', arg: 'table|jsonl', help: 'output format' },
} as const;

export const dyadCommand: Command = {
  name: 'dyad',
  usage: 'dyad dyad A B [--by day|week|month|year] [event filters] [--format table|jsonl] [--db PATH]',
  options: OPTIONS,
  examples: ['dyad dyad RUS UKR --by month', 'dyad dyad RUSGOV BLRGOV --by week --since 2021-01-01 --format jsonl'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    const [a, b] = positionals.map((p) => p.toUpperCase());
    if (!a || !b || positionals.length !== 2) throw usageError(`two actor codes expected\nusage: ${this.usage}`);
    const by = oneOf(values.by, PERIODS, '--by');
    const format = oneOf(values.format, ['table', 'jsonl'], '--format');
    const filter = filterFromFlags(values);
    const store = await openExistingStore(values.db, io);
    try {
      const points = await store.dyad(a, b, by, filter);
      if (format === 'jsonl') {
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

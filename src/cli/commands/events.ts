import { parseArgs } from 'node:util';
import { csvLine, FLAT_COLUMNS, flattenEvent } from '../../export/flat-event.js';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { oneOf } from '../one-of.js';
import { FILTER_OPTIONS, filterFromFlags, openExistingStore } from '../store-args.js';

const OPTIONS = {
  ...FILTER_OPTIONS,
  limit: { type: 'string', default: '50', arg: 'N', help: 'events on the page' },
  offset: { type: 'string', default: '0', arg: 'N', help: 'events skipped before the page' },
  format: { type: 'string', default: 'table', arg: 'table|jsonl|csv', help: 'output format' },
} as const;

export const eventsCommand: Command = {
  name: 'events',
  usage: 'dyad events [event filters] [--limit N] [--offset N] [--format table|jsonl|csv] [--db PATH]',
  options: OPTIONS,
  examples: ['dyad events --actor RUS --plover SANCTION --since 2022-02-01', 'dyad events --dyad RUS:UKR --format csv --limit 1000 > rus-ukr.csv', 'dyad events --q "ceasefire" --format jsonl | head'],
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS });
    const limit = parseWholeNumber(values.limit, '--limit', 1, 1_000_000) ?? 50;
    const offset = parseWholeNumber(values.offset, '--offset', 0) ?? 0;
    const format = oneOf(values.format, ['table', 'jsonl', 'csv'], '--format');
    const filter = { ...filterFromFlags(values), limit, offset };
    const store = await openExistingStore(values.db, io);
    try {
      const events = await store.events(filter);
      if (format === 'jsonl') {
        for (const e of events) io.stdout.write(JSON.stringify(e) + '\n');
      } else if (format === 'csv') {
        io.stdout.write(csvLine(FLAT_COLUMNS) + '\n');
        for (const e of events) io.stdout.write(csvLine(FLAT_COLUMNS.map((c) => flattenEvent(e)[c])) + '\n');
      } else {
        const total = await store.pageTotal(filter);
        io.stdout.write(
          formatTable(
            ['date', 'source', 'target', 'cameo', 'plover', 'gold', 'reports', 'sentence'],
            events.map((e) => [e.date?.value ?? '', e.source.code, e.target?.code ?? '', e.action.cameo, e.action.plover.event ?? '', e.action.goldstein, `${e.mentions}/${e.articles}`, e.sentence.text]),
          ),
        );
        io.stdout.write(`${offset + 1}-${offset + events.length} of ${total.count}${total.exact ? '' : '+'} events (reports: sentences/articles)\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

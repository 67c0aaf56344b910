import { parseArgs } from 'node:util';
import { csvLine, FLAT_COLUMNS, flattenEvent } from '../../export/flat-event.js';
import { usageError } from '../../errors.js';
import { formatTable } from '../format-table.js';
import type { Command } from '../io.js';
import { FILTER_OPTIONS, openExistingStore, toFilter } from '../store-args.js';

export const eventsCommand: Command = {
  name: 'events',
  usage:
    'dyad events [--actor RUS] [--dyad RUS:BLR] [--code 16] [--plover SANCTION] [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n' +
    '            [--q "text"] [--no-background] [--limit 50] [--offset 0] [--format table|jsonl|csv] [--db dyad.db]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'table' }, limit: { type: 'string', default: '50' }, offset: { type: 'string', default: '0' } },
    });
    const limit = Number(values.limit);
    const offset = Number(values.offset);
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) throw usageError('--limit and --offset expect whole numbers');
    const filter = { ...toFilter(values), limit, offset };
    const store = await openExistingStore(values.db, io);
    try {
      const events = await store.events(filter);
      switch (values.format) {
        case 'jsonl':
          for (const e of events) io.stdout.write(JSON.stringify(e) + '\n');
          break;
        case 'csv':
          io.stdout.write(csvLine(FLAT_COLUMNS) + '\n');
          for (const e of events) io.stdout.write(csvLine(FLAT_COLUMNS.map((c) => flattenEvent(e)[c])) + '\n');
          break;
        case 'table': {
          const total = await store.pageTotal(filter);
          io.stdout.write(
            formatTable(
              ['date', 'source', 'target', 'cameo', 'plover', 'gold', 'reports', 'sentence'],
              events.map((e) => [e.date?.value ?? '', e.source.code, e.target?.code ?? '', e.action.cameo, e.action.plover.event ?? '', e.action.goldstein, `${e.mentions}/${e.articles}`, e.sentence.text]),
            ),
          );
          io.stdout.write(`${offset + 1}-${offset + events.length} of ${total.count}${total.exact ? '' : '+'} events (reports: sentences/articles)\n`);
          break;
        }
        default:
          throw usageError(`--format expects table, jsonl or csv, got "${values.format}"`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

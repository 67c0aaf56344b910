import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { EXPORT_FORMATS, fileSink, writeParquetExport, writeTextExport } from '../../export/write-export.js';
import type { MergedEvent } from '../../types/index.js';
import { dyadVersion } from '../../version.js';
import type { CliIO, Command } from '../io.js';
import { oneOf } from '../one-of.js';
import { FILTER_OPTIONS, filterFromFlags, openExistingStore } from '../store-args.js';

const OPTIONS = {
  ...FILTER_OPTIONS,
  format: { type: 'string', arg: EXPORT_FORMATS.join('|'), help: 'the export format (required)' },
  out: { type: 'string', arg: 'FILE', help: 'write here instead of standard output (required for parquet)' },
  header: { type: 'boolean', default: false, help: 'a header line first (gdelt)' },
} as const;

/** On a terminal, a count every 100,000 events, so that an export of millions is not taken for a hang. */
async function* counted(events: AsyncIterable<MergedEvent>, io: CliIO): AsyncIterable<MergedEvent> {
  let n = 0;
  for await (const e of events) {
    yield e;
    if (++n % 100_000 === 0 && io.stderr.isTTY) io.stderr.write(`\rexport: ${n.toLocaleString('en')} events…`);
  }
  if (n >= 100_000 && io.stderr.isTTY) io.stderr.write('\r\x1b[K');
}

export const exportCommand: Command = {
  name: 'export',
  usage: `dyad export --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--header] [event filters] [--db PATH]`,
  options: OPTIONS,
  examples: ['dyad export --format csv --out events.csv', 'dyad export --format gdelt --header --actor RUS --since 2022-01-01 > rus.tsv', 'dyad export --format parquet --out events.parquet'],
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS });
    if (values.format === undefined) throw usageError(`--format is required: ${EXPORT_FORMATS.join(', ')}`);
    const format = oneOf(values.format, EXPORT_FORMATS, '--format');
    if (format === 'parquet' && !values.out) throw usageError('--format parquet needs --out FILE');
    const filter = filterFromFlags(values);
    const coder = `dyad ${dyadVersion()}`;
    const store = await openExistingStore(values.db, io);
    try {
      const events = counted(store.eachEvent(filter), io);
      let n: number;
      if (format === 'parquet') n = await writeParquetExport(events, values.out as string);
      else if (values.out) {
        const sink = fileSink(values.out);
        n = await writeTextExport(events, format, sink, { header: values.header, coder });
        sink.close();
      } else n = await writeTextExport(events, format, { write: (s) => io.stdout.write(s) }, { header: values.header, coder });
      io.stderr.write(`export: ${n} events as ${format}${values.out ? ` to ${values.out}` : ''}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

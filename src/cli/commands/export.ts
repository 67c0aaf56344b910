import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { EXPORT_FORMATS, fileSink, writeParquetExport, writeTextExport, type ExportFormat } from '../../export/write-export.js';
import type { Command } from '../io.js';
import { FILTER_OPTIONS, openExistingStore, toFilter } from '../store-args.js';

export const exportCommand: Command = {
  name: 'export',
  usage: 'dyad export --format gdelt|plover|csv|jsonl|parquet [--out FILE] [--header] [event filters as for "dyad events"] [--db dyad.db]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, header: { type: 'boolean', default: false } },
    });
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw usageError(`--format expects one of ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'parquet' && !values.out) throw usageError('--format parquet needs --out FILE');
    const filter = toFilter(values);
    const store = await openExistingStore(values.db, io);
    try {
      const events = store.eachEvent(filter);
      let n: number;
      if (format === 'parquet') n = await writeParquetExport(events, values.out as string);
      else if (values.out) {
        const sink = fileSink(values.out);
        n = await writeTextExport(events, format, sink, { header: values.header, coder: 'dyad 0.1.0' });
        sink.close();
      } else n = await writeTextExport(events, format, { write: (s) => io.stdout.write(s) }, { header: values.header, coder: 'dyad 0.1.0' });
      io.stderr.write(`export: ${n} events as ${format}${values.out ? ` to ${values.out}` : ''}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

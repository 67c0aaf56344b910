import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MergedEvent } from '../types/index.js';
import { csvLine, FLAT_COLUMNS, flattenEvent } from './flat-event.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt-row.js';
import { ploverRecord } from './plover-record.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface TextSink {
  write(chunk: string): void;
}

/** Writes to a file descriptor in 64 KiB chunks: millions of small lines without a write per line. */
export function fileSink(path: string): TextSink & { close(): void } {
  const fd = openSync(path, 'w');
  let buffer = '';
  const flush = (): void => {
    if (buffer) writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write(chunk) {
      buffer += chunk;
      if (buffer.length > 65_536) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/** Streams events into a text format; returns how many records were written. */
export async function writeTextExport(
  events: AsyncIterable<MergedEvent> | Iterable<MergedEvent>,
  format: Exclude<ExportFormat, 'parquet'>,
  sink: TextSink,
  options: { header?: boolean; coder?: string } = {},
): Promise<number> {
  let n = 0;
  const added = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  if (format === 'csv') sink.write(csvLine(FLAT_COLUMNS) + '\n');
  if (format === 'gdelt' && options.header) sink.write(GDELT_COLUMNS.join('\t') + '\n');
  for await (const e of events) {
    switch (format) {
      case 'jsonl':
        sink.write(JSON.stringify(e) + '\n');
        break;
      case 'csv': {
        const flat = flattenEvent(e);
        sink.write(csvLine(FLAT_COLUMNS.map((c) => flat[c])) + '\n');
        break;
      }
      case 'gdelt':
        sink.write(gdeltRow(e, e.evidence[0]?.url ?? null, added).join('\t') + '\n');
        break;
      case 'plover': {
        const record = ploverRecord(e, options.coder ?? 'dyad');
        if (!record) continue;
        sink.write(JSON.stringify(record) + '\n');
        break;
      }
    }
    n++;
  }
  return n;
}

const PARQUET_TYPES: Partial<Record<(typeof FLAT_COLUMNS)[number], string>> = {
  goldstein: 'DOUBLE',
  quad: 'INTEGER',
  lat: 'DOUBLE',
  lon: 'DOUBLE',
  mentions: 'INTEGER',
  articles: 'INTEGER',
  background: 'BOOLEAN',
  confidence: 'DOUBLE',
};

/** Parquet through DuckDB: the flat CSV is written to a temporary file and converted with typed columns. */
export async function writeParquetExport(events: AsyncIterable<MergedEvent> | Iterable<MergedEvent>, path: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
  try {
    const csv = join(dir, 'events.csv');
    const sink = fileSink(csv);
    const n = await writeTextExport(events, 'csv', sink);
    sink.close();
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const columns = FLAT_COLUMNS.map((c) => `'${c}': '${PARQUET_TYPES[c] ?? 'VARCHAR'}'`).join(', ');
    const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, columns = {${columns}})) TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    connection.closeSync();
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

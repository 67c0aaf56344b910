import { existsSync } from 'node:fs';
import { DyadError } from '../errors.js';
import { FILTER_FIELDS } from '../filter/filter-fields.js';
import { parseFilter } from '../filter/parse-filter.js';
import type { EventFilter, EventStore } from '../store/event-store.js';
import { isServerUrl, openStore } from '../store/open-store.js';
import type { CliIO } from './io.js';

/** Opens an existing store for queries; a missing file is a clear error, not a new empty store. */
export function openExistingStore(path: string, io: Pick<CliIO, 'stderr'>): Promise<EventStore> {
  if (!isServerUrl(path) && !existsSync(path)) throw new DyadError('input', `${path}: no store here (run "dyad ingest" first, or pass --db)`);
  return openStore(path, { onMigrate: migrationNotice(path, io) });
}

/** One line before a store is brought to this version's schema, so that a long migration is not taken for a hang. */
export function migrationNotice(path: string, io: Pick<CliIO, 'stderr'>): (from: number, to: number) => void {
  return (from, to) => io.stderr.write(`${path}: updating the store from schema ${from} to ${to} (minutes for millions of events)\n`);
}

export const DB_OPTION = { db: { type: 'string', default: 'dyad.db', arg: 'PATH', help: 'the store' } } as const;

type FilterFlag = (typeof FILTER_FIELDS)[number]['key'];
const filterFlags = Object.fromEntries(FILTER_FIELDS.map((f) => [f.key, { type: 'string', arg: f.arg, help: f.help }])) as Record<FilterFlag, { type: 'string'; arg: string; help: string }>;

/** The filter flags of `dyad events`, `dyad dyad` and `dyad export`, from the filter's one list of fields. */
export const FILTER_OPTIONS = {
  ...DB_OPTION,
  ...filterFlags,
  'no-background': { type: 'boolean', default: false, help: 'leave out background events (dated over 30 days before their article)' },
} as const;

/** The filter from the flags, its errors named as flags. */
export function filterFromFlags(values: Partial<Record<FilterFlag, string>> & { 'no-background'?: boolean }): EventFilter {
  const { 'no-background': noBackground, ...fields } = values;
  return parseFilter({ ...fields, ...(noBackground ? { background: false } : {}) }, (key) => (key === 'background' ? '--no-background' : `--${key}`));
}

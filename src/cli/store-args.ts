import { existsSync } from 'node:fs';
import { DyadError, usageError } from '../errors.js';
import type { EventFilter } from '../store/event-store.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { checkDate } from './args.js';

/** Opens an existing store for queries; a missing file is a clear error, not a new empty store. */
export function openExistingStore(path: string): SqliteStore {
  if (!existsSync(path)) throw new DyadError('input', `${path}: no store here (run "dyad ingest" first, or pass --db)`);
  return openSqliteStore(path);
}

/** The filter options shared by `dyad events`, `dyad export` and the HTTP API. */
export const FILTER_OPTIONS = {
  db: { type: 'string', default: 'dyad.db' },
  actor: { type: 'string' },
  dyad: { type: 'string' },
  code: { type: 'string' },
  plover: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  q: { type: 'string' },
  'no-background': { type: 'boolean', default: false },
} as const;

export interface FilterValues {
  actor?: string;
  dyad?: string;
  code?: string;
  plover?: string;
  since?: string;
  until?: string;
  q?: string;
  'no-background'?: boolean;
}

export function toFilter(v: FilterValues): EventFilter {
  const filter: EventFilter = {};
  if (v.actor) filter.actor = v.actor.toUpperCase();
  if (v.dyad) {
    const parts = v.dyad.toUpperCase().split(/[:,/-]/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw usageError(`--dyad expects two actor codes like RUS:BLR, got "${v.dyad}"`);
    filter.dyad = [parts[0], parts[1]];
  }
  if (v.code) {
    if (!/^\d{1,4}$/.test(v.code)) throw usageError(`--code expects a CAMEO code such as 16 or 163, got "${v.code}"`);
    filter.code = v.code;
  }
  if (v.plover) filter.plover = v.plover.toUpperCase();
  filter.since = checkDate(v.since, '--since');
  filter.until = checkDate(v.until, '--until');
  if (filter.since === undefined) delete filter.since;
  if (filter.until === undefined) delete filter.until;
  if (v.q) filter.q = v.q;
  if (v['no-background']) filter.background = false;
  return filter;
}

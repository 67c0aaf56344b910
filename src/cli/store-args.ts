import { existsSync } from 'node:fs';
import { DyadError } from '../errors.js';
import type { EventStore } from '../store/event-store.js';
import { isServerUrl, openStore } from '../store/open-store.js';
import type { CliIO } from './io.js';
export { toFilter } from '../store/parse-filter.js';

/** Opens an existing store for queries; a missing file is a clear error, not a new empty store. */
export function openExistingStore(path: string, io: Pick<CliIO, 'stderr'>): Promise<EventStore> {
  if (!isServerUrl(path) && !existsSync(path)) throw new DyadError('input', `${path}: no store here (run "dyad ingest" first, or pass --db)`);
  return openStore(path, { onMigrate: migrationNotice(path, io) });
}

/** One line before a store is brought to this version's schema, so that a long migration is not taken for a hang. */
export function migrationNotice(path: string, io: Pick<CliIO, 'stderr'>): (from: number, to: number) => void {
  return (from, to) => io.stderr.write(`${path}: updating the store from schema ${from} to ${to} (minutes for millions of events)\n`);
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


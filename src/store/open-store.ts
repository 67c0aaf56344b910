import type { EventStore } from './event-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

export interface OpenStoreOptions {
  /** Reads only: a worker that checks which documents are known. */
  readonly?: boolean;
  /** Told before an existing store is migrated, which can take minutes at millions of events. */
  onMigrate?: (from: number, to: number) => void;
}

/** True for a PostgreSQL connection URL, false for a path to an SQLite file. */
export function isServerUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens the store at `target`: an SQLite file for a path, PostgreSQL for a postgres:// URL
 * (`?schema=NAME` keeps Dyad's tables in their own schema).
 */
export function openStore(target: string, options: OpenStoreOptions = {}): Promise<EventStore> {
  if (isServerUrl(target)) return openPostgresStore(target, options);
  return new Promise((resolve) => resolve(openSqliteStore(target, options)));
}

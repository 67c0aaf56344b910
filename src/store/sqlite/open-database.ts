import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { DyadError } from '../../errors.js';

/** The part of an SQLite driver the store uses; node:sqlite and better-sqlite3 both offer it. */
export interface SqliteStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): { lastInsertRowid: number | bigint };
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  close(): void;
}

/** node:sqlite, built in and with FTS5, from Node 22.13; older Nodes need better-sqlite3's native build. */
export function hasBuiltinSqlite(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 13);
}

const require = createRequire(import.meta.url);

/**
 * The one-line error for a Node that has neither driver: better-sqlite3 is an optional dependency
 * (not installed with `--omit=optional`, or its native build failed), and its own errors are several
 * lines of require stack or searched paths. Null when `err` is not about loading the driver.
 */
export function missingDriverError(err: unknown, version = process.versions.node): DyadError | null {
  const { code, message } = err as { code?: string; message?: string };
  let why: string;
  if (code === 'MODULE_NOT_FOUND' && /better-sqlite3/.test(message ?? '')) why = 'better-sqlite3 is not installed';
  else if (code === 'ERR_DLOPEN_FAILED' || /bindings file|NODE_MODULE_VERSION/.test(message ?? '')) why = 'better-sqlite3 has no native build for this Node';
  else return null;
  return new DyadError('input', `SQLite stores need Node >= 22.13 (built-in node:sqlite) or better-sqlite3, and on Node ${version} ${why}: use Node 22.13 or later, build better-sqlite3 (npm install with a C++ compiler), or store in PostgreSQL (--db postgres://…)`);
}

/** Opens an SQLite file with the driver this Node has; throws the driver's error, or missingDriverError's when it has none. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const readonly = options.readonly ?? false;
  if (hasBuiltinSqlite()) {
    const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (path: string, options: { readOnly: boolean }) => SqliteDatabase };
    return new DatabaseSync(path, { readOnly: readonly });
  }
  try {
    // Loaded only where needed: it is an optional dependency, not installed (or built) on newer Nodes.
    // Its native part loads with the first database opened.
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    return new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw missingDriverError(err) ?? err;
  }
}

import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';

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

/** Opens an SQLite file with the driver this Node has; throws the driver's error. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const readonly = options.readonly ?? false;
  if (hasBuiltinSqlite()) {
    const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (path: string, options: { readOnly: boolean }) => SqliteDatabase };
    return new DatabaseSync(path, { readOnly: readonly });
  }
  // Loaded only where needed: it is an optional dependency, not installed (or built) on newer Nodes.
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  return new Database(path, { readonly, fileMustExist: readonly });
}

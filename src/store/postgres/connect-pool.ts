import pg from 'pg';
import { DyadError } from '../../errors.js';

/** The URL as shown in messages: without its password. */
export function redactUrl(target: string): string {
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return target.replace(/:[^:@/]*@/, ':***@');
  }
}

/** A schema name Dyad accepts in `?schema=`: a plain SQL identifier, so that it needs no quoting rules. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PoolTarget {
  pool: pg.Pool;
  /** The schema named by `?schema=`, else null (the server's search_path decides). */
  schema: string | null;
}

/** bigint counts and sums come back as strings by default; every count Dyad reads fits a double. */
function parseNumber(value: string): number {
  return Number(value);
}

const INT8 = 20;
const NUMERIC = 1700;

function typeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === INT8 || oid === NUMERIC) return parseNumber;
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

/**
 * A connection pool for a postgres:// URL. `?schema=NAME` puts Dyad's tables in that schema (made
 * when missing), so that several stores can share one database; it is set at connection start-up,
 * before any query can run on the connection.
 */
export function connectPool(target: string, max = 10): PoolTarget {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new DyadError('usage', `${redactUrl(target)}: not a valid postgres:// URL`);
  }
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new DyadError('usage', `${redactUrl(target)}: schema "${schema}" must be lowercase letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max,
    // JIT compiles the plans of big queries, which costs more than it saves on the store's short
    // indexed ones (hundreds of functions for a page over many partitions).
    options: [...(schema ? [`-c search_path=${schema}`] : []), '-c jit=off'].join(' '),
    types: { getTypeParser: typeParser as typeof pg.types.getTypeParser },
  });
  // An idle connection the server closed emits an error on the pool; the next query reports it.
  pool.on('error', () => undefined);
  return { pool, schema };
}

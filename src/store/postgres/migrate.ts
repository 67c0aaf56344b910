import type pg from 'pg';
import { DyadError } from '../../errors.js';
import { MIGRATIONS } from './migrations.js';

export interface MigrateOptions {
  /** Where messages say the store is (the URL without its password). */
  label: string;
  schema: string | null;
  readonly: boolean;
  onMigrate?: (from: number, to: number) => void;
}

/**
 * Brings the store's schema to this version in one transaction, under an advisory lock so that
 * several workers starting at once migrate it once. Refuses a schema that holds other tables, or
 * one made by a newer Dyad.
 */
export async function migrate(pool: pg.Pool, options: MigrateOptions): Promise<void> {
  const { label, schema, readonly } = options;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (!readonly) {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('dyad:migrate:' || $1, 0))", [schema ?? '']);
      // The name passed connectPool's check: a plain identifier.
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
    const where = await client.query<{ schema: string | null; versioned: string | null }>(
      "SELECT current_schema() AS schema, to_regclass('dyad_schema')::text AS versioned",
    );
    const current = where.rows[0]?.schema;
    if (!current && schema && readonly) throw new DyadError('input', `${label}: no Dyad store here (schema "${schema}" does not exist)`);
    if (!current) throw new DyadError('input', `${label}: no schema to hold the store (add ?schema=NAME to the URL)`);
    let version = 0;
    if (where.rows[0]?.versioned) {
      version = (await client.query<{ version: number }>('SELECT version FROM dyad_schema')).rows[0]?.version ?? 0;
    } else {
      const tables = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()');
      if ((tables.rows[0]?.n ?? 0) > 0) {
        throw new DyadError('input', `${label}: not a Dyad store (schema "${current}" has other tables; name another with ?schema=NAME)`);
      }
    }
    if (version > MIGRATIONS.length) {
      throw new DyadError('input', `${label}: made by a newer Dyad (schema ${version}, this one knows ${MIGRATIONS.length})`);
    }
    if (version < MIGRATIONS.length && readonly) {
      throw new DyadError('input', `${label}: the store needs a migration; open it once without read-only`);
    }
    if (version > 0 && version < MIGRATIONS.length) options.onMigrate?.(version, MIGRATIONS.length);
    if (version === 0 && !readonly) await client.query('CREATE TABLE dyad_schema (version integer NOT NULL); INSERT INTO dyad_schema VALUES (0)');
    for (let v = version; v < MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v] ?? '');
      await client.query('UPDATE dyad_schema SET version = $1', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

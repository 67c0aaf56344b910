import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the queue tests use: DYAD_TEST_POSTGRES (as the store's tests), or the local server's "test" database. */
export const PG_URL = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return (err as Error).message || (err as { code?: string }).code || String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await reachable();
if (problem !== null && process.env.CI === 'true') {
  throw new Error(`PostgreSQL at ${PG_URL} is not reachable (${problem}); in CI the queue tests must run, not skip`);
}

/**
 * The skip reason for node:test when no server answers (printed loudly: a skipped test must be seen),
 * false when it does. Under CI=true an unreachable server fails the run above instead.
 */
export const skipWithoutPostgres: string | false = problem === null ? false : `no PostgreSQL at ${PG_URL} (${problem})`;
if (skipWithoutPostgres) process.stderr.write(`\n*** SKIPPING the PostgreSQL queue tests: ${skipWithoutPostgres} ***\n\n`);

/** A schema of its own for one test run, so runs side by side and leftovers never meet. */
export function freshSchema(): string {
  return `dyad_test_q_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

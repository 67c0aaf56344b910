import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { serverProblem, TEST_SERVER } from '../store/postgres-test-server.js';

/** The PostgreSQL the queue tests use: the store tests' server (DYAD_TEST_POSTGRES or the local "test" database). */
export const PG_URL = TEST_SERVER;

const problem = await serverProblem();
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

/** A store's counts, the store opened and closed around them. */
export async function storeStats(db: string): Promise<{ articles: number; events: number; mentions: number }> {
  const store = await openStore(db);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

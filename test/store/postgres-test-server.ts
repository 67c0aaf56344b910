import pg from 'pg';
import { it } from 'node:test';

/**
 * The PostgreSQL server the tests use: DYAD_TEST_POSTGRES, else the project machines' local one.
 * Each test store lives in its own schema of this run (dropped at the end), so that runs and
 * parallel test files never see each other's rows.
 */
export const TEST_SERVER = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

const RUN = `dyad_t${process.pid}_${Date.now().toString(36)}`;
let made = 0;
const schemas: string[] = [];

/** A store URL in a fresh schema of this run. */
export function freshStoreUrl(): string {
  const schema = `${RUN}_${made++}`;
  schemas.push(schema);
  const url = new URL(TEST_SERVER);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Why no server answers, or null when one does. */
export async function serverProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_SERVER, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `${(err as Error).message || String(err)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops every schema this run made. */
export async function dropTestSchemas(): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_SERVER });
  await client.connect();
  try {
    for (const s of schemas.splice(0)) {
      // Partitions first, a few at a time: one DROP of hundreds of tables and their indexes runs out of lock slots.
      const parts = await client.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 AND tablename ~ '_[my][0-9]'", [s]);
      for (let i = 0; i < parts.rows.length; i += 20) {
        await client.query(`DROP TABLE IF EXISTS ${parts.rows.slice(i, i + 20).map((r) => `${s}.${r.t}`).join(', ')}`);
      }
      await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Where no server answers: one test that says so loudly and skips, or, under CI=true, fails. The
 * PostgreSQL tests never pass silently without a server.
 */
export function noServerTest(what: string, problem: string): void {
  const message = `NO POSTGRESQL at ${TEST_SERVER} (${problem}): ${what} NOT RUN. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`;
  process.stderr.write(`\n*** ${message} ***\n\n`);
  it(`${what} (needs PostgreSQL)`, (t) => {
    if (process.env.CI === 'true') throw new Error(`${message} (CI=true: failing instead of skipping)`);
    t.skip(message);
  });
}

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { openQueue, QUEUE_NAME } from '../../src/queue/open-queue.js';
import { dropSchema, freshSchema, PG_URL, skipWithoutPostgres } from './postgres-for-tests.js';

describe('openQueue on PostgreSQL', { skip: skipWithoutPostgres }, () => {
  const schema = freshSchema();
  after(() => dropSchema(schema));

  it('indexes the queued jobs in the order a fetch takes them, once when workers start together', async () => {
    const queues = await Promise.all([openQueue(PG_URL, { schema }), openQueue(PG_URL, { schema }), openQueue(PG_URL, { schema })]);
    const [first] = queues;
    assert.ok(first);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) ids.push((await first.boss.send(QUEUE_NAME, { n: i })) ?? '');
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        const made = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = $1 AND indexname = 'dyad_fetch_order'`, [schema]);
        assert.equal(made.rows[0]?.n, 1);
        // With sorting priced out, the fetch's order must come from an index that has it.
        await client.query('SET enable_sort = off');
        const plan = await client.query(
          `EXPLAIN SELECT id FROM "${schema}".job WHERE name = $1 AND state < 'active' AND start_after < now()
           ORDER BY priority DESC, created_on, id LIMIT 5 FOR UPDATE SKIP LOCKED`,
          [QUEUE_NAME],
        );
        const text = plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
        assert.match(text, /Index Scan using \S+/);
        assert.doesNotMatch(text, /\bSort\b/);
      } finally {
        await client.end();
      }
      // The oldest five, in whatever order the UPDATE returns them.
      const fetched = await first.boss.fetch(QUEUE_NAME, { batchSize: 5 });
      assert.deepEqual(fetched.map((j) => j.id).sort(), ids.slice(0, 5).sort());
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  });
});

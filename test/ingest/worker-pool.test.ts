import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WorkerPool } from '../../src/ingest/worker-pool.js';
import { openStore } from '../../src/store/open-store.js';

const corpus = join(import.meta.dirname, '..', '..', 'samples', 'corpus');

describe('WorkerPool', () => {
  it('answers every document with its own result while each worker holds more than one', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-pool-')), 'dyad.db');
    await (await openStore(db)).close();
    const files = readdirSync(corpus)
      .filter((f) => /\.(html|txt)$/.test(f))
      .sort()
      .slice(0, 7)
      .map((f) => join(corpus, f));
    const pool = new WorkerPool(2, db);
    try {
      const results = await Promise.all([...files, join(corpus, 'missing.html')].map((input) => pool.run({ kind: 'path', input, published: null })));
      assert.deepEqual(
        results.map((r) => r.input),
        [...files, join(corpus, 'missing.html')],
      );
      assert.deepEqual(
        results.map((r) => r.status),
        [...files.map(() => 'done'), 'failed'],
      );
      for (const r of results) if (r.status === 'done') assert.equal(r.article.source.kind, r.input.endsWith('.html') ? 'html' : 'text');
    } finally {
      await pool.close();
    }
  });
});

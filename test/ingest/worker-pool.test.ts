import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('stops a worker whose document runs past the time limit, reports that document and goes on with a new worker', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-pool-'));
    const db = join(dir, 'dyad.db');
    await (await openStore(db)).close();
    const tiny = (name: string): string => {
      writeFileSync(join(dir, name), `Officials in ${name} met on Monday to discuss trade.\n`);
      return join(dir, name);
    };
    // Within every size limit, yet over a second of work even on a quiet machine: 6,000 short
    // sentences, each annotated and coded, against a limit of 0.4 s.
    // They name no actors: a document full of events would stop at the events limit first, and on
    // a quiet machine that can come before the clock does.
    const heavy = join(dir, 'heavy.txt');
    writeFileSync(heavy, Array.from({ length: 6_000 }, (_, i) => `The river was calm, ${i % 10 === 0 ? 'he' : 'they'} said.`).join(' '));
    const inputs = [tiny('first.txt'), heavy, tiny('third.txt'), tiny('fourth.txt')];
    const pool = new WorkerPool(1, db, { timeLimitMs: 400 });
    try {
      const results = await Promise.all(inputs.map((input) => pool.run({ kind: 'path', input, published: null })));
      assert.deepEqual(results.map((r) => r.input), inputs);
      assert.deepEqual(results.map((r) => r.status), ['done', 'failed', 'done', 'done']);
      const late = results[1];
      assert.equal(late?.status === 'failed' ? late.reason : '', 'took longer than 400 ms, the limit per document; stopped');
    } finally {
      await pool.close();
    }
  });
});

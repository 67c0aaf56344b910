import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { openQueue } from '../../src/queue/open-queue.js';
import { queueStatus, type QueueStatus } from '../../src/queue/queue-status.js';
import { runDyad } from '../helpers.js';
import { writeNewsStories } from './news-fixtures.js';
import { dropTestSchemas, freshStoreUrl } from '../store/postgres-test-server.js';
import { dropSchema, freshSchema, PG_URL, skipWithoutPostgres, storeStats } from './postgres-for-tests.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('a worker killed with SIGKILL mid-job', { skip: skipWithoutPostgres }, () => {
  const schemas: string[] = [];
  after(async () => {
    for (const s of schemas) await dropSchema(s);
    await dropTestSchemas();
  });

  /** Kills a worker writing to the store `storeOf(name)` mid-run; another finishes; the store must equal a direct ingest's. */
  async function crashAndRescue(storeOf: (dir: string, name: string) => string): Promise<void> {
    const schema = freshSchema();
    schemas.push(schema);
    const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
    const news = join(dir, 'news');
    const count = 24;
    writeNewsStories(news, count);
    const queueArgs = ['--queue', PG_URL, '--queue-schema', schema];
    // A short job timeout, so that the dead worker's documents come back within seconds.
    const sent = await runDyad(['ingest', news, ...queueArgs, '--job-timeout', '2']);
    assert.equal(sent.code, 0, sent.stderr);
    const db = storeOf(dir, 'queued');

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', db, ...queueArgs, '--jobs', '1', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let childErr = '';
    child.stderr.on('data', (d: Buffer) => (childErr += d.toString()));
    const queue = await openQueue(PG_URL, { schema });
    let status: QueueStatus;
    try {
      // Killed once it has stored some documents and holds others: mid-run, mid-job.
      const deadline = Date.now() + 180_000;
      for (;;) {
        status = await queueStatus(queue);
        if (status.done >= 3 && status.active >= 1) break;
        assert.ok(child.exitCode === null, `the worker ended early: ${childErr}`);
        assert.ok(Date.now() < deadline, `the worker made no progress: ${JSON.stringify(status)} ${childErr}`);
        await sleep(50);
      }
      child.kill('SIGKILL');
      await once(child, 'exit');
      status = await queueStatus(queue);
      assert.ok(status.active >= 1, `the dead worker's jobs stay active until their timeout: ${JSON.stringify(status)}`);
      assert.ok(status.done < count, 'killed before the end');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await queue.close();
    }

    const rescue = await runDyad(['worker', '--db', db, ...queueArgs, '--jobs', '0', '--idle-exit', '--quiet']);
    assert.equal(rescue.code, 0, rescue.stderr);
    const final = await runDyad(['ingest', ...queueArgs, '--status']);
    const done = /done {4}(\d+) \((\d+) added, (\d+) unchanged, (\d+) already stored\)/.exec(final.stdout);
    assert.ok(done, final.stdout);
    assert.match(final.stdout, /^queued {2}0\nactive {2}0\n/);
    assert.match(final.stdout, /\nfailed {2}0\n$/);
    assert.equal(Number(done[1]), count, final.stdout);

    const direct = storeOf(dir, 'direct');
    assert.equal((await runDyad(['ingest', news, '--db', direct, '--jobs', '0', '--quiet'])).code, 0);
    const got = await storeStats(db);
    assert.equal(got.articles, count);
    assert.deepEqual(got, await storeStats(direct));
  }

  it('into SQLite: loses nothing and stores nothing twice; another worker finishes, each document is stored once', { timeout: 300_000 }, () =>
    crashAndRescue((dir, name) => join(dir, `${name}.db`)));

  it('into PostgreSQL: the same', { timeout: 300_000 }, () => crashAndRescue(() => freshStoreUrl()));
});

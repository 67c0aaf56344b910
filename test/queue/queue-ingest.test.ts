import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runDyad } from '../helpers.js';
import { writeNewsStories } from './news-fixtures.js';
import { dropTestSchemas, freshStoreUrl } from '../store/postgres-test-server.js';
import { dropSchema, freshSchema, PG_URL, skipWithoutPostgres, storeStats } from './postgres-for-tests.js';

describe('ingest --queue, dyad worker and --status on PostgreSQL', { skip: skipWithoutPostgres }, () => {
  const schema = freshSchema();
  after(() => dropSchema(schema));
  const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
  const news = join(dir, 'news');
  writeNewsStories(news, 6);
  writeFileSync(join(news, 'empty.txt'), '');
  const queue = ['--queue', PG_URL, '--queue-schema', schema];
  const db = join(dir, 'queued.db');
  const worker = ['worker', '--db', db, ...queue, '--jobs', '0', '--idle-exit', '--quiet'];

  it('queues each document once, however often it is sent', async () => {
    const first = await runDyad(['ingest', news, join(dir, 'missing.txt'), ...queue]);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stderr, /dyad ingest: .*missing\.txt: no such file or folder\n/);
    assert.match(first.stderr, /ingest: 7 documents sent to the queue at postgres:\/\/\S+, 1 could not be read/);
    const again = await runDyad(['ingest', news, ...queue]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /7 documents sent .*\(7 of them were on the queue already\)/);
    const status = await runDyad(['ingest', ...queue, '--status']);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /^queued {2}7\nactive {2}0\ndone {4}0 .*\nfailed {2}0\n$/);
  });

  it('a worker stores what a direct ingest stores, reports the bad document, and --status shows it', async () => {
    const run = await runDyad(worker);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^dyad worker: .*empty\.txt: .+$/m);
    const direct = join(dir, 'direct.db');
    assert.equal((await runDyad(['ingest', news, '--db', direct, '--jobs', '0', '--quiet'])).code, 1);
    const got = await storeStats(db);
    assert.equal(got.articles, 6);
    assert.ok(got.mentions >= 6, `each story should code to an event, got ${got.mentions}`);
    assert.deepEqual(got, await storeStats(direct));
    const status = await runDyad(['ingest', ...queue, '--status']);
    assert.match(status.stdout, /^queued {2}0\nactive {2}0\ndone {4}6 \(6 added, 0 unchanged, 0 already stored\)\nfailed {2}1\nfailed: .*empty\.txt: .+\n$/);
  });

  it('sending the same documents after they are done neither queues nor stores them again', async () => {
    const again = await runDyad(['ingest', news, ...queue]);
    assert.match(again.stderr, /\(7 of them were on the queue already\)/);
    const run = await runDyad(worker);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await storeStats(db)).articles, 6);
    assert.match((await runDyad(['ingest', ...queue, '--status'])).stdout, /^queued {2}0\nactive {2}0\ndone {4}6 /);
  });

  it('a queued document the store already has is skipped by the worker, not stored twice', async () => {
    const [late] = writeNewsStories(join(dir, 'late'), 7).slice(6);
    assert.ok(late);
    assert.equal((await runDyad(['ingest', late, '--db', db, '--jobs', '0', '--quiet'])).code, 0);
    assert.equal((await runDyad(['ingest', late, ...queue])).code, 0);
    const run = await runDyad(worker);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await storeStats(db)).articles, 7);
    assert.match((await runDyad(['ingest', ...queue, '--status'])).stdout, /^queued {2}0\nactive {2}0\ndone {4}7 \(6 added, 0 unchanged, 1 already stored\)\n/);
  });

  it('workers on a PostgreSQL store take the queue beside it (S_queue for ?schema=S) unless told otherwise', async () => {
    const store = freshStoreUrl();
    const storeSchema = new URL(store).searchParams.get('schema') ?? '';
    try {
      const sent = await runDyad(['ingest', news, '--queue', store]);
      assert.equal(sent.code, 0, sent.stderr);
      const run = await runDyad(['worker', '--db', store, '--jobs', '1', '--idle-exit', '--quiet']);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /empty\.txt/);
      assert.deepEqual(await storeStats(store), await storeStats(join(dir, 'direct.db')));
      const status = await runDyad(['ingest', '--queue', store, '--status']);
      assert.match(status.stdout, /^queued {2}0\nactive {2}0\ndone {4}6 \(6 added, 0 unchanged, 0 already stored\)\nfailed {2}1\n/);
    } finally {
      await dropSchema(`${storeSchema}_queue`);
      await dropTestSchemas();
    }
  });

  it('an unreachable queue is one line naming it, without its password', async () => {
    const r = await runDyad(['ingest', '--queue', 'postgres://someone:secret@127.0.0.1:1/none', '--status']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^dyad ingest: postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: the queue cannot be reached \(.+\)\n$/);
    assert.doesNotMatch(r.stderr, /secret/);
  });
});

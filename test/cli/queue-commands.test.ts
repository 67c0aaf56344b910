import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runDyad } from '../helpers.js';

/** Usage checks of the queue's commands: they fail before any connection is tried. */
describe('dyad worker and ingest --queue: usage', () => {
  it('a worker writing to a file needs the queue named', async () => {
    const r = await runDyad(['worker', '--db', 'news.db']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dyad worker: with --db news\.db \(a file\), name the queue: --queue postgres:/);
  });

  it('the queue must be a PostgreSQL URL, its schema a plain name, --jobs a number', async () => {
    assert.match((await runDyad(['worker', '--queue', 'queue.db'])).stderr, /--queue wants a PostgreSQL URL/);
    assert.match((await runDyad(['ingest', 'a.html', '--queue', 'http://x'])).stderr, /--queue wants a PostgreSQL URL/);
    const schema = await runDyad(['worker', '--db', 'postgres://u@h/d', '--queue-schema', 'x; drop table y']);
    assert.equal(schema.code, 2);
    assert.match(schema.stderr, /--queue-schema "x; drop table y": a schema name is/);
    const jobs = await runDyad(['worker', '--db', 'postgres://u@h/d', '--jobs', 'many']);
    assert.equal(jobs.code, 2);
    assert.match(jobs.stderr, /--jobs expects a whole number/);
    assert.equal((await runDyad(['ingest', 'a.html', '--queue', 'postgres://u@h/d', '--job-timeout', '0'])).code, 2);
  });

  it('a worker takes no inputs; --status takes none either, and needs --queue', async () => {
    assert.match((await runDyad(['worker', 'a.html', '--db', 'postgres://u@h/d'])).stderr, /takes its documents from the queue, not from "a\.html"/);
    assert.match((await runDyad(['ingest', 'a.html', '--queue', 'postgres://u@h/d', '--status'])).stderr, /--status prints the queue's counts and takes no inputs/);
    const noQueue = await runDyad(['ingest', '--status']);
    assert.equal(noQueue.code, 2);
    assert.match(noQueue.stderr, /--status goes with --queue URL/);
  });

  it('store and coding options belong to the workers when documents are queued', async () => {
    for (const flag of [['--db', 'x.db'], ['--jobs', '2'], ['--db=x.db']]) {
      const r = await runDyad(['ingest', 'a.html', '--queue', 'postgres://u@h/d', ...flag]);
      assert.equal(r.code, 2, flag.join(' '));
      assert.match(r.stderr, /is an option of "dyad worker" when documents go to a --queue/);
    }
  });

  it('help names the options with their defaults and an example', async () => {
    const help = await runDyad(['help', 'worker']);
    assert.equal(help.code, 0);
    for (const text of ['--db PATH|URL', '--queue URL', '--queue-schema NAME', 'default: dyad_queue, or S_queue for a URL ending in ?schema=S', '--jobs N', '--idle-exit', 'examples:', 'dyad worker --db postgres://']) assert.ok(help.stdout.includes(text), text);
    const ingest = await runDyad(['ingest', '--help']);
    for (const text of ['--queue URL', '--status', '--job-timeout SECONDS', 'dyad ingest --queue postgres://dyad@db.example/news --status']) assert.ok(ingest.stdout.includes(text), text);
    assert.match((await runDyad(['--help'])).stdout, /\n {2}worker +take documents/);
  });
});

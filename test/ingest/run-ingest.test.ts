import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SqliteDatabase } from '../../src/store/sqlite/open-database.js';
import { expandInputs, type IngestItem } from '../../src/ingest/expand-inputs.js';
import { runIngestTask } from '../../src/ingest/ingest-task.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { runDyad } from '../helpers.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'one.txt'), 'Officials in the capital met on Monday.\n\nThey agreed to meet again.\n');
  writeFileSync(join(dir, 'nested', 'two.txt'), 'A second story about trade talks.\n');
  writeFileSync(join(dir, 'nested', 'deeper', 'three.html'), '<html><body><article><p>A third story, from a web page, about a summit between two leaders.</p></article></body></html>');
  writeFileSync(join(dir, 'nested', 'empty.txt'), '');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4 not ours');
  writeFileSync(join(dir, '.hidden.txt'), 'hidden files are left alone');
  return dir;
}

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('ingest', () => {
  it('walks folders recursively in a stable order, skipping hidden and non-document files', async () => {
    const dir = corpus();
    const items = await collect(expandInputs([dir, join(dir, 'missing.txt')]));
    assert.deepEqual(
      items.map((i) => (i.kind === 'path' ? i.input.slice(dir.length) : i.kind === 'failed' ? `failed:${i.reason}` : i.kind)),
      ['/nested/deeper/three.html', '/nested/empty.txt', '/nested/two.txt', '/one.txt', 'failed:no such file or folder'],
    );
  });

  it('expands globs', async () => {
    const dir = corpus();
    const items = await collect(expandInputs([`${dir}/**/*.txt`, `${dir}/*.nothing`]));
    assert.deepEqual(
      items.map((i) => (i.kind === 'path' ? i.input.slice(dir.length) : i.kind)),
      ['/nested/empty.txt', '/nested/two.txt', '/one.txt', 'failed'],
    );
  });

  it('stores each good document once, reports each bad one and goes on', async () => {
    const dir = corpus();
    const store = await openStore(join(dir, 'store.db'));
    const failures: string[] = [];
    const options = {
      run: (task: Parameters<typeof runIngestTask>[0]) => runIngestTask(task, (sha: string) => store.hasSource(sha)),
      inFlight: 2,
      onFailure: (input: string, reason: string) => failures.push(`${input.slice(dir.length)}: ${reason}`),
    };
    const first = await runIngest(expandInputs([dir]), store, options);
    assert.deepEqual([first.done, first.added, first.failed], [4, 3, 1]);
    assert.deepEqual(failures, ['/nested/empty.txt: empty document']);
    const second = await runIngest(expandInputs([dir]), store, options);
    assert.deepEqual([second.added, second.skipped, second.failed], [0, 3, 1]);
    assert.equal((await store.stats()).articles, 3);
    await store.close();
  });

  it('stops at the first store error (a full disk) with one error, keeping what was stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-full-'));
    for (let i = 0; i < 40; i++) {
      const text = Array.from({ length: 30 }, (_, j) => `Report ${i}.${j}: Poland accused Belarus of pushing migrants across the border near Kuznica on day ${j}.`).join('\n\n');
      writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), text);
    }
    const store = await openStore(join(dir, 'full.db'));
    // SQLite's own "disk is full": the file may not grow past this many pages.
    const db = (store as unknown as { db: SqliteDatabase }).db;
    const pragma = (name: string): unknown => Object.values(db.prepare(`PRAGMA ${name}`).get() as object)[0];
    db.exec(`PRAGMA max_page_count = ${Number(pragma('page_count')) + 60}`);
    const failures: string[] = [];
    const run = runIngest(expandInputs([dir]), store, {
      run: (task) => runIngestTask(task, (sha) => store.hasSource(sha)),
      inFlight: 2,
      onFailure: (input) => failures.push(input),
    });
    await assert.rejects(run, (err: Error) => {
      assert.match(err.message, /^the store could not be written \(database or disk is full(, SQLITE_FULL)?\) at .*\.txt; stopped, the \d+ articles added before it are kept$/);
      return true;
    });
    assert.deepEqual(failures, []);
    const kept = (await store.stats()).articles;
    assert.ok(kept > 0 && kept < 40, `${kept} articles kept`);
    assert.equal(pragma('integrity_check'), 'ok');
    assert.equal((await store.search('Kuznica', 100)).length, kept);
    await store.close();
  });

  it('stops `dyad ingest` on a file that may grow no more with one line, the reason and exit 1', { skip: process.platform === 'win32', timeout: 400_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-fsize-'));
    for (let i = 0; i < 30; i++) {
      const text = Array.from({ length: 30 }, (_, j) => `Report ${i}.${j}: Poland accused Belarus of pushing migrants across the border near Kuznica on day ${j}.`).join('\n\n');
      writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), text);
    }
    const db = join(dir, 'full.db');
    // The shell's file size limit (in KiB) makes SQLite's writes fail as on a full disk; Node ignores SIGXFSZ.
    const script = `ulimit -f 400; exec "$0" --import tsx src/cli/main.ts ingest "$1" --db "$2" --jobs 0 --quiet`;
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile('bash', ['-c', script, process.execPath, dir, db], (err, _stdout, stderr) => done({ code: err ? (err as { code?: number }).code ?? null : 0, stderr }));
    });
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0] ?? '', /^dyad ingest: the store could not be written \((disk I\/O error|database or disk is full)[^)]*\) at .*\.txt; stopped, the \d+ articles added before it are kept$/);
    const kept = Number(/the (\d+) articles/.exec(lines[0] ?? '')?.[1]);
    assert.ok(kept > 0 && kept < 30, `${kept} articles kept`);
    const store = await openStore(db, { readonly: true });
    assert.equal((await store.stats()).articles, kept);
    assert.equal((await store.search('Kuznica', 100)).length, kept);
    await store.close();
  });

  it('runs from the command line with worker threads and is idempotent', async () => {
    const dir = corpus();
    const db = join(dir, 'cli.db');
    const first = await runDyad(['ingest', dir, '--db', db, '--jobs', '1']);
    assert.equal(first.code, 1);
    assert.match(first.stderr, /nested\/empty\.txt: empty document/);
    assert.match(first.stderr, /4 documents .*3 added, 0 unchanged, 0 already stored, 1 failed/);
    const again = await runDyad(['ingest', join(dir, 'one.txt'), '--db', db, '--jobs', '1']);
    assert.equal(again.code, 0);
    assert.match(again.stderr, /1 documents .*0 added, 0 unchanged, 1 already stored, 0 failed/);
  });

  it('rejects bad usage', async () => {
    assert.equal((await runDyad(['ingest'])).code, 2);
    assert.equal((await runDyad(['ingest', '--jobs', 'many', 'x'])).code, 2);
  });
});

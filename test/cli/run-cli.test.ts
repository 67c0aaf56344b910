import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runDyad } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Officials met on Monday.\n\nThey talked about trade.\n');

describe('dyad command line', () => {
  it('prints help and exits 0 with --help', async () => {
    const r = await runDyad(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /extract/);
    assert.match(r.stdout, /code/);
  });

  it('exits 2 on an unknown command or option', async () => {
    assert.equal((await runDyad(['frobnicate'])).code, 2);
    const r = await runDyad(['extract', '--nope', story]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--nope/);
  });

  it('exits 2 on a malformed --published', async () => {
    const r = await runDyad(['code', '--published', '30/12/2021', story]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /YYYY-MM-DD/);
  });

  it('reports a missing file in one line, goes on with the rest, exits 1', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await runDyad(['extract', missing, story]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /missing\.txt: no such file/);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; body: string });
    assert.equal(records.length, 1);
    assert.equal(records[0]?.input, story);
  });

  it('prints one Article without an input tag for one input', async () => {
    const r = await runDyad(['extract', story]);
    assert.equal(r.code, 0);
    const article = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(article.input, undefined);
    assert.equal(article.body, 'Officials met on Monday.\n\nThey talked about trade.');
    assert.deepEqual(article.paragraphs, [
      { start: 0, end: 24 },
      { start: 26, end: 50 },
    ]);
  });
});

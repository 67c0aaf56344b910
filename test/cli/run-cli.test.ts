import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { forEachInput } from '../../src/cli/for-each-input.js';
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

  it('goes on after a malformed page that makes a library throw, in extract and in code', async () => {
    const malformed = join(dir, 'malformed.html');
    writeFileSync(malformed, '<html><meta c=">"><p>APIs are more than just t');
    for (const command of ['extract', 'code']) {
      const r = await runDyad([command, malformed, story]);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stderr.trim().split('\n'), [`dyad: ${malformed}: no article text found`]);
      if (command === 'extract') assert.equal(r.stdout.trim().split('\n').length, 1);
    }
  });

  it('reports an error thrown by a bug on one input as an internal error on that input, and goes on', async () => {
    let stderr = '';
    const seen: string[] = [];
    const io = { stdout: { write: (): boolean => true }, stderr: { write: (s: string): boolean => ((stderr += s), true) } };
    const code = await forEachInput(['a', 'b'], io, (input) => {
      seen.push(input);
      if (input === 'a') return Promise.reject(new TypeError("Cannot read properties of null (reading 'tagName')"));
      return Promise.resolve();
    });
    assert.equal(code, 1);
    assert.deepEqual(seen, ['a', 'b']);
    assert.equal(stderr, "dyad: a: internal error (Cannot read properties of null (reading 'tagName'))\n");
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

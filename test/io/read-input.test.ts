import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DyadError } from '../../src/errors.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { formatSize, MAX_DOCUMENT_BYTES } from '../../src/io/limits.js';
import { readInput } from '../../src/io/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-io-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** Asserts that `promise` fails with a one-line input error equal to `message`. */
async function rejectsWith(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof DyadError, `expected a DyadError, got ${String(err)}`);
    assert.equal(err.kind, 'input');
    assert.equal(err.message, message);
    return true;
  });
}

describe('readInput from files', () => {
  it('reads a file as it is, with no URL or content type', async () => {
    const path = write('story.txt', 'Officials met on Monday.\n');
    const doc = await readInput(path);
    assert.equal(doc.input, path);
    assert.equal(Buffer.from(doc.bytes).toString('utf8'), 'Officials met on Monday.\n');
    assert.equal(doc.url, null);
    assert.equal(doc.contentType, null);
  });

  it('undoes gzip for a .gz name and for gzip bytes under any name', async () => {
    const text = 'Ministers met in Brussels.\n';
    for (const name of ['story.txt.gz', 'story-gzipped.txt']) {
      const doc = await readInput(write(name, gzipSync(text)));
      assert.equal(Buffer.from(doc.bytes).toString('utf8'), text);
    }
  });

  it('reads "-" from stdin', async () => {
    const doc = await readInput('-', { stdin: Readable.from([Buffer.from('one '), Buffer.from('two')]) });
    assert.equal(doc.input, '-');
    assert.equal(Buffer.from(doc.bytes).toString('utf8'), 'one two');
  });

  it('names the input and the reason for a missing file, a directory, bad gzip', async () => {
    const missing = join(dir, 'missing.txt');
    await rejectsWith(readInput(missing), `${missing}: no such file`);
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    await rejectsWith(readInput(sub), `${sub}: is a directory`);
    const bad = write('bad.gz', 'this is not gzip at all');
    await rejectsWith(readInput(bad), `${bad}: not a valid gzip file`);
    const truncated = write('truncated.txt.gz', gzipSync('A long enough story to compress. '.repeat(50)).subarray(0, 40));
    await rejectsWith(readInput(truncated), `${truncated}: not a valid gzip file`);
  });

  it('refuses a 50 MB file from its size alone, without reading it', async () => {
    const big = write('big.html', '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: no bytes written
    const before = process.memoryUsage().rss;
    await rejectsWith(readInput(big), `${big}: document too large (50.0 MB; the limit is 20 MB)`);
    assert.ok(process.memoryUsage().rss - before < 20 * 1024 * 1024, 'the file was not read into memory');
  });

  it('stops reading stdin past the limit', async () => {
    let produced = 0;
    // An endless stream: only the cap can end the read.
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced += 1024;
          yield Buffer.alloc(1024, 0x61);
        }
      })(),
    );
    await rejectsWith(readInput('-', { stdin: endless, maxBytes: 10_000 }), '-: document too large (more than 9.8 KB; the limit is 9.8 KB)');
    assert.ok(produced < 100_000);
  });

  it('caps what gzip may expand to', async () => {
    const bomb = write('bomb.txt.gz', gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20)));
    await rejectsWith(readInput(bomb, { maxBytes: 1024 * 1024 }), `${bomb}: document too large (more than 1 MB; the limit is 1 MB)`);
  });

  it('refuses other URL schemes', async () => {
    await rejectsWith(readInput('ftp://example.org/a.txt'), 'ftp://example.org/a.txt: unsupported URL scheme (only http and https)');
  });

  it('sends an empty file to the "empty document" error', async () => {
    const empty = write('empty.txt', '');
    const doc = await readInput(empty);
    assert.throws(() => extractArticle(doc), { message: `${empty}: empty document` });
  });
});

describe('formatSize', () => {
  const cases: [number, boolean, string][] = [
    [MAX_DOCUMENT_BYTES, true, '20 MB'],
    [50 * 1024 * 1024, false, '50.0 MB'],
    [1536, false, '1.5 KB'],
    [900, false, '900 bytes'],
  ];
  for (const [bytes, round, expected] of cases) {
    it(`${bytes} -> ${expected}`, () => assert.equal(formatSize(bytes, { round }), expected));
  }
});

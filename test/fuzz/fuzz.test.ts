import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hostileFiles, mutate, seededRandom } from '../../bench/fuzz/hostile-files.js';
import { fuzzDocuments, fuzzFeeds, fuzzServer } from '../../bench/fuzz/run-fuzz.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeEvent } from '../store/make-records.js';

// The short form of `npm run fuzz`: the same harness, fewer and smaller inputs, no ../shared.
describe('fuzz (short form)', () => {
  it('hostile and mutated files: refused or read, never a crash', async () => {
    const cheap = hostileFiles(7).filter((f) => f.bytes.length < 50_000);
    const rnd = seededRandom(7);
    const base = Buffer.from('<html><head><title>Talks</title></head><body><article><p>Poland accused Belarus of pushing migrants across the border.</p><p>Warsaw summoned the envoy.</p></article></body></html>');
    const mutated = Array.from({ length: 8 }, (_, i) => ({ name: `mutated-${i}`, bytes: mutate(base, rnd) }));
    const result = await fuzzDocuments([...cheap, ...mutated]);
    assert.deepEqual(result.crashes, []);
    assert.equal(result.tried, cheap.length + mutated.length);
    assert.ok(result.refused > 0);
  });

  it('hostile requests: every one answered with no 5xx, and the server keeps serving', async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-fuzz-')), 'fuzz.db'));
    const a = makeArticle(['Putin met Lukashenko in Minsk.']);
    await store.addArticle(a, { quotes: [], quantities: [], events: [makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040' })] });
    const result = await fuzzServer(store, 7, 100, 10);
    await store.close();
    assert.equal(result.tried, 100);
    assert.equal(result.errors5xx, 0);
    assert.ok(result.alive);
  });

  it('hostile feeds: no local file reaches a document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'the password is swordfish\n');
    const result = await fuzzFeeds(secret, 'swordfish');
    assert.deepEqual(result.crashes, []);
    assert.ok(result.tried >= 36);
    assert.equal(result.leaks, 0);
  });
});

/**
 * Speed of the scraped-text path (extractText + buildArticle, language included) on the bundled
 * sample, on the text fixtures, and on large dumps up to the 20 MB input limit.
 * Run: node --import tsx bench/text-extraction.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/extract-article.js';
import { detectLanguage } from '../src/extract/language.js';
import type { RawDocument } from '../src/types/index.js';

const root = join(import.meta.dirname, '..');
const doc = (input: string, bytes: Uint8Array): RawDocument => ({ input, bytes, url: null, contentType: null });

function time(label: string, runs: number, fn: () => void): void {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(9)} ms/doc  ${(1000 / ms).toFixed(0).padStart(6)} docs/s`);
}

const sample = readFileSync(join(root, 'samples/sample-article.txt'));
time(`samples/sample-article.txt (${sample.length} bytes)`, 500, () => extractArticle(doc('sample', sample)));

const fixtureDir = join(root, 'test/fixtures/text');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => [f, readFileSync(join(fixtureDir, f))] as const);
for (const [name, bytes] of fixtures) time(`test/fixtures/text/${name} (${bytes.length} bytes)`, 300, () => extractArticle(doc(name, bytes)));

// Large dumps: the sample's body repeated, in the three layouts.
const body = sample.toString('utf8').split('\n\n').slice(3, -1).join('\n\n');
for (const mb of [1, 20]) {
  const blank = body.repeat(Math.ceil((mb * 1024 * 1024) / body.length)).slice(0, mb * 1024 * 1024);
  const oneLine = blank.replace(/\n\n/g, '\n');
  const wrapped = blank.replace(/(.{1,72})(?:\s+|$)/g, '$1\n');
  for (const [layout, text] of [
    ['blank lines', blank],
    ['one line per paragraph', oneLine],
    ['hard-wrapped at 72', wrapped],
  ] as const) {
    const bytes = Buffer.from(text);
    time(`${mb} MB dump, ${layout}`, mb > 1 ? 1 : 5, () => extractArticle(doc('big', bytes)));
  }
}
// One line with no breaks at all: the worst case for the line judgements.
const oneHugeLine = Buffer.from('word '.repeat(4 * 1024 * 1024));
time('20 MB on one line', 1, () => extractArticle(doc('line', oneHugeLine)));

const longBody = body.repeat(50);
time(`detectLanguage, English, ${longBody.length}-character body`, 2000, () => detectLanguage(longBody));
const russian = readFileSync(join(fixtureDir, 'russian-one-line.txt'), 'utf8').repeat(20);
time(`detectLanguage, Russian (trigrams), ${russian.length}-character body`, 500, () => detectLanguage(russian));
console.log(`peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);

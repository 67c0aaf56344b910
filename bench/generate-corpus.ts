// Synthetic corpus for the ingest throughput benchmark, derived from samples/corpus/.
//
//   node --import tsx bench/generate-corpus.ts --out DIR [--count 100000] [--seed 1] [--source samples/corpus]
//
// Document i is a variant of sample (i mod S). shiftWeeksFor gives each variant of a sample its
// own date shift, in whole weeks, so the bodies differ (all but about 1 in 10,000), and a
// content-hash deduplicating ingest stores nearly every document. The actors and the figures come from a random stream seeded with
// (seed, i). Output goes into folders of 1,000 files. At most WRITE_CONCURRENCY documents are
// held in memory at once.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseVariation, createRng, hashSeed, prepareSource, shiftWeeksFor, varyDocument } from './corpus-variations.js';
import type { PreparedSource } from './corpus-variations.js';

const SHARD_SIZE = 1000;
const WRITE_CONCURRENCY = 64;

interface Options {
  out: string;
  count: number;
  seed: number;
  source: string;
}

function usage(message: string): never {
  process.stderr.write(`generate-corpus: ${message}\nusage: node --import tsx bench/generate-corpus.ts --out DIR [--count N] [--seed N] [--source DIR]\n`);
  process.exit(2);
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      source: { type: 'string', default: 'samples/corpus' },
    },
  });
  if (values.out === undefined) usage('--out DIR is required');
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) usage(`--count must be a positive integer, not ${values.count}`);
  if (!Number.isInteger(seed)) usage(`--seed must be an integer, not ${values.seed}`);
  return { out: resolve(values.out), count, seed, source: resolve(values.source) };
}

async function loadSources(dir: string): Promise<PreparedSource[]> {
  const names = (await readdir(dir)).filter((n) => /^\d{4}-\d{2}-\d{2}-.+\.(html|txt)$/.test(n)).sort();
  if (names.length === 0) usage(`no sample articles (YYYY-MM-DD-*.html|txt) in ${dir}`);
  return Promise.all(
    names.map(async (name) =>
      prepareSource({
        name,
        text: await readFile(join(dir, name), 'utf8'),
        kind: name.endsWith('.html') ? 'html' : 'text',
        published: name.slice(0, 10),
      }),
    ),
  );
}

/** The output file for document i: the outlet and the extension come from the sample. */
function outputPath(out: string, i: number, published: string, source: PreparedSource): string {
  const shard = String(Math.floor(i / SHARD_SIZE)).padStart(3, '0');
  const outlet = /^\d{4}-\d{2}-\d{2}-([a-z]+)-/.exec(source.name)?.[1] ?? 'doc';
  const ext = source.kind === 'html' ? 'html' : 'txt';
  return join(out, shard, `${published}-${outlet}-${String(i).padStart(7, '0')}.${ext}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const sources = await loadSources(options.source);
  const started = process.hrtime.bigint();
  let bytes = 0;
  let peakRss = 0;
  const pending = new Set<Promise<void>>();
  const variantsPerSource = Math.ceil(options.count / sources.length);

  for (let i = 0; i < options.count; i++) {
    if (i % SHARD_SIZE === 0) await mkdir(join(options.out, String(i / SHARD_SIZE).padStart(3, '0')), { recursive: true });
    const source = sources[i % sources.length];
    if (source === undefined) throw new Error('no source');
    const variant = Math.floor(i / sources.length);
    const shiftWeeks = shiftWeeksFor(variant, variantsPerSource);
    const variation = chooseVariation(source, createRng(hashSeed(options.seed, i)), shiftWeeks);
    const { text, published } = varyDocument(source, variation);
    bytes += Buffer.byteLength(text);

    const write = writeFile(outputPath(options.out, i, published, source), text).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= WRITE_CONCURRENCY) await Promise.race(pending);

    if ((i + 1) % 10_000 === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`generate-corpus: ${i + 1} documents, ${(bytes / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s\n`);
    }
  }
  await Promise.all(pending);

  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `${JSON.stringify({
      out: options.out,
      documents: options.count,
      samples: sources.length,
      seed: options.seed,
      bytes,
      seconds: Number(seconds.toFixed(2)),
      documentsPerSecond: Math.round(options.count / seconds),
      peakRssMB: Math.round(peakRss / 1e6),
    })}\n`,
  );
}

await main();

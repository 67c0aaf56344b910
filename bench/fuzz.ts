/**
 * The fault and fuzz harness (npm run fuzz): hostile files, mutated real pages from
 * ../shared/benchmarks when present, hostile HTTP requests at the server, hostile feeds from a local
 * server on 127.0.0.1, and determinism of the store. Bounded and seeded: the same run every time.
 *   npm run fuzz -- [--seed 1] [--pages 300] [--requests 2000] [--time-limit 10]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { runCli } from '../src/cli/run-cli.js';
import { openStore } from '../src/store/open-store.js';
import { hostileFiles, mutate, seededRandom, type HostileFile } from './fuzz/hostile-files.js';
import { fuzzDocuments, fuzzFeeds, fuzzServer } from './fuzz/run-fuzz.js';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, pages: { type: 'string', default: '300' }, requests: { type: 'string', default: '2000' }, 'time-limit': { type: 'string', default: '10' } },
});
const seed = Number(values.seed);
const quiet = { write: (): boolean => true };

function* mutatedPages(count: number): Generator<HostileFile> {
  const dir = resolve('..', 'shared', 'benchmarks', 'extraction', 'html');
  if (!existsSync(dir)) return;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.gz')).sort();
  const rnd = seededRandom(seed + 1);
  for (let i = 0; i < count; i++) {
    const name = pages[Math.floor(rnd() * pages.length)] ?? '';
    yield { name: `mutated-${i}-${name.replace(/\.gz$/, '')}`, bytes: mutate(gunzipSync(readFileSync(join(dir, name))), rnd) };
  }
}

const docs = await fuzzDocuments([...hostileFiles(seed), ...mutatedPages(Number(values.pages))]);
const { dir: docsDir, ...docsResult } = docs;
console.log('documents', JSON.stringify(docsResult));

// The same files through `dyad ingest`, two workers, each document under the per-document time limit.
{
  const lines: string[] = [];
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-fuzz-ingest-')), 'fuzz.db');
  const started = performance.now();
  const code = await runCli(['ingest', docsDir, '--db', db, '--jobs', '2', '--quiet', '--time-limit', values['time-limit']], {
    stdout: quiet,
    stderr: { write: (s: string) => (lines.push(...s.split('\n').filter(Boolean)), true) },
  });
  const late = lines.filter((l) => /took longer than/.test(l));
  console.log('ingest', JSON.stringify({ exit: code, seconds: Math.round((performance.now() - started) / 1000), reported: lines.length, stoppedByTimeLimit: late.length, late: late.slice(0, 10) }));
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-store-'));
const exportOf = async (db: string, inputs: string[]): Promise<string> => {
  await runCli(['ingest', ...inputs, '--db', db, '--jobs', '2', '--quiet'], { stdout: quiet, stderr: quiet });
  let out = '';
  await runCli(['export', '--format', 'jsonl', '--db', db], { stdout: { write: (s: string) => ((out += s), true) }, stderr: quiet });
  return out;
};
const corpus = readdirSync('samples/corpus').sort().map((f) => join('samples/corpus', f));
const shuffled = corpus.map((f, i, all) => all[(i * 7 + seed) % all.length] ?? f);
const first = await exportOf(join(dir, 'a.db'), corpus);
const second = await exportOf(join(dir, 'b.db'), corpus);
const third = await exportOf(join(dir, 'c.db'), shuffled);
console.log('determinism', JSON.stringify({ documents: corpus.length, events: first.split('\n').length - 1, twoRunsIdentical: first === second, shuffledIdentical: first === third }));

const store = await openStore(join(dir, 'a.db'));
console.log('server', JSON.stringify(await fuzzServer(store, seed, Number(values.requests))));
await store.close();

const secret = join(dir, 'secret.txt');
writeFileSync(secret, 'the password is swordfish\n');
console.log('feeds', JSON.stringify(await fuzzFeeds(secret, 'swordfish')));
console.log('peak RSS of the process (MB)', Math.round(process.resourceUsage().maxRSS / 1024));

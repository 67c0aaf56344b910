/**
 * Ingest throughput, end to end (read, extract, code, merge, store) with worker threads, over a
 * synthetic corpus made by bench/generate-corpus.ts from the bundled sample articles.
 *   node --import tsx bench/ingest-throughput.ts --count 100000 [--jobs 2]
 * Reports documents/s, resident memory at points of the run (flat means bounded), and store size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { expandInputs } from '../src/ingest/expand-inputs.js';
import { runIngest } from '../src/ingest/run-ingest.js';
import { defaultWorkerCount, WorkerPool } from '../src/ingest/worker-pool.js';
import { openStore } from '../src/store/open-store.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, jobs: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const jobs = values.jobs ? Number(values.jobs) : defaultWorkerCount();
const corpus = `bench/out/corpus-${count}-seed${values.seed}`;
const db = `bench/out/ingest-${count}.db`;

if (!existsSync(corpus)) {
  console.error(`generating ${count} documents into ${corpus}`);
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/generate-corpus.ts', '--out', corpus, '--count', String(count), '--seed', values.seed], { stdio: 'inherit' });
}
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const store = await openStore(db);
const pool = new WorkerPool(jobs, db);
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
const samples: string[] = [];
const marks = new Set([0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.round(f * count))));
const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const summary = await runIngest(expandInputs([corpus]), store, {
  run: (task) => pool.run(task),
  inFlight: jobs * 4,
  total: count,
  onProgress: (p) => {
    if (marks.has(p.done)) samples.push(`${p.done}: rss ${mb(process.memoryUsage().rss)} MB`);
  },
  onFailure: (input, reason) => console.error(`failed: ${input}: ${reason}`),
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);
await pool.close();
const stats = await store.stats();
await store.close();
const size = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
console.log(`corpus: ${corpus} (${count} documents), ${jobs} worker threads, Node ${process.version}`);
console.log(`ingested ${summary.done} documents in ${seconds.toFixed(1)} s: ${(summary.done / seconds).toFixed(1)} documents/s`);
console.log(`  ${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed; ${stats.mentions} event reports merged into ${stats.events} events`);
console.log(`  CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s over all threads; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
console.log(`  RSS over the run: ${samples.join(', ')}`);
console.log(`  store ${mb(size)} MB, ${(size / Math.max(1, stats.articles) / 1024).toFixed(1)} KB per article`);

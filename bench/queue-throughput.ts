/**
 * Queued ingest throughput: the generated corpus put on the queue, then W worker processes (each
 * with J coding threads) take it into a fresh store, PostgreSQL or SQLite, until the queue is empty.
 *   nice -n 10 node --import tsx bench/queue-throughput.ts --count 10000 --workers 2 [--jobs 1] [--store postgres|sqlite]
 * Reports documents/s of the workers' phase (from their start to the last one's exit), the enqueue's
 * time, the CPU seconds of the workers (every thread) and the load of the machine around the run.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { expandInputs } from '../src/ingest/expand-inputs.js';
import { enqueueDocuments } from '../src/queue/enqueue-documents.js';
import { openQueue } from '../src/queue/open-queue.js';
import { queueStatus } from '../src/queue/queue-status.js';
import { dropSchemaAt, ensureCorpus, fingerprint, freshStore, postgresCpuSeconds, startWorker } from './queue-run.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '2' },
    jobs: { type: 'string', default: '1' },
    store: { type: 'string', default: 'postgres' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const workers = Number(values.workers);
const jobs = Number(values.jobs);
const kind = values.store === 'sqlite' ? 'sqlite' : 'postgres';
const corpus = ensureCorpus(count);
const store = await freshStore(kind, `tp${workers}`);
const schema = `dyad_bench_q_${process.pid}`;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();

try {
  const queue = await openQueue(store.queue, { schema });
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const sent = await enqueueDocuments(expandInputs([corpus]), queue);
  const enqueueSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const enqueueCpu = process.cpuUsage(cpu0);

  const t1 = process.hrtime.bigint();
  const server0 = postgresCpuSeconds();
  const running = Array.from({ length: workers }, () => startWorker(store.db, store.queue, schema, jobs, ['--idle-exit']));
  const ended = await Promise.all(running.map((w) => w.ended));
  const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
  const server1 = postgresCpuSeconds();
  const status = await queueStatus(queue);
  await queue.close();
  const print = await fingerprint(store.db);
  const workerCpu = ended.reduce((sum, e) => sum + (e.cpu ?? NaN), 0);

  console.log(`corpus: ${corpus} (${count} documents); store: ${kind}; ${workers} worker processes x ${jobs} coding threads; Node ${process.version}`);
  console.log(`enqueue: ${sent.sent} documents in ${enqueueSeconds.toFixed(1)} s (${(sent.sent / enqueueSeconds).toFixed(0)}/s), CPU ${((enqueueCpu.user + enqueueCpu.system) / 1e6).toFixed(1)} s`);
  console.log(`workers: ${status.done + status.failed} documents in ${seconds.toFixed(1)} s: ${((status.done + status.failed) / seconds).toFixed(1)} documents/s; exit codes ${ended.map((e) => e.code).join(', ')}`);
  console.log(`  CPU ${workerCpu.toFixed(1)} s over all workers and threads (${((workerCpu / Math.max(1, status.done)) * 1000).toFixed(1)} ms per document)`);
  if (server0 !== null && server1 !== null) console.log(`  PostgreSQL server CPU over the same time ${(server1 - server0).toFixed(1)} s (every client of the server counted)`);
  console.log(`  queue: ${status.done} done (${status.added} added, ${status.unchanged} unchanged, ${status.skipped} already stored), ${status.failed} failed, ${status.queued} left`);
  console.log(`  store: ${print.articles} articles, ${print.mentions} reports merged into ${print.events} events`);
  console.log(`  load average before ${loadBefore}, after ${load()} (2 cores, shared)`);
} finally {
  if (!values.keep) await store.drop();
  else console.log(`kept: ${store.db}`);
  if (!values.keep) await dropSchemaAt(store.queue, schema);
}

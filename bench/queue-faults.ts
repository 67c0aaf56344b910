/**
 * Fault test of queued ingest: the same corpus ingested by 2 workers twice, once cleanly and once
 * with workers killed by SIGKILL (each replaced at once) at set points of the run. The two stores
 * must be the same: counts, merged-event ids, report ids and how reports group into events.
 *   nice -n 10 node --import tsx bench/queue-faults.ts --count 10000 [--kills 3] [--jobs 1] [--store postgres|sqlite] [--job-timeout 15]
 * Exit status 1 when the stores differ or a document is missing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { expandInputs } from '../src/ingest/expand-inputs.js';
import { enqueueDocuments } from '../src/queue/enqueue-documents.js';
import { openQueue, QUEUE_NAME, type IngestQueue } from '../src/queue/open-queue.js';
import { queueStatus } from '../src/queue/queue-status.js';
import { dropSchemaAt, ensureCorpus, fingerprint, freshStore, startWorker, type Fingerprint, type RunningWorker } from './queue-run.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    kills: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '1' },
    store: { type: 'string', default: 'postgres' },
    'job-timeout': { type: 'string', default: '15' },
  },
});
const count = Number(values.count);
const kills = Number(values.kills);
const jobs = Number(values.jobs);
const jobTimeout = Number(values['job-timeout']);
const kind = values.store === 'sqlite' ? 'sqlite' : 'postgres';
const corpus = ensureCorpus(count);
const WORKERS = 2;

async function retried(queue: IngestQueue): Promise<number> {
  const both = ['job', 'archive'].map((t) => `SELECT retry_count FROM ${queue.schema}.${t} WHERE name = $1 AND retry_count > 0`).join(' UNION ALL ');
  const { rows } = await queue.boss.getDb().executeSql(`SELECT count(*)::int AS n FROM (${both}) r`, [QUEUE_NAME]);
  return (rows[0] as { n: number }).n;
}

interface Run {
  print: Fingerprint;
  seconds: number;
  cpu: number;
  done: number;
  failed: number;
  retried: number;
  log: string[];
}

/** One ingest of the corpus through the queue into a fresh store; `killAt` lists the done-counts at which a worker is killed. */
async function run(label: string, killAt: number[]): Promise<Run> {
  const store = await freshStore(kind, label);
  const schema = `dyad_bench_${label}_${process.pid}`;
  const log: string[] = [];
  try {
    const queue = await openQueue(store.queue, { schema, jobTimeout: jobTimeout });
    await enqueueDocuments(expandInputs([corpus]), queue);
    const started = process.hrtime.bigint();
    const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
    const start = (): RunningWorker => startWorker(store.db, store.queue, schema, jobs, ['--idle-exit']);
    const current = Array.from({ length: WORKERS }, start);
    const all = [...current];
    let cpu = 0;
    for (const [k, at] of killAt.entries()) {
      let status = await queueStatus(queue);
      while (status.done < at) {
        await sleep(500);
        status = await queueStatus(queue);
      }
      const slot = k % WORKERS;
      const victim = current[slot] as RunningWorker;
      victim.child.kill('SIGKILL');
      await victim.ended;
      log.push(`kill ${k + 1} at ${elapsed().toFixed(0)} s: ${status.done} done, ${status.active} active (worker pid ${victim.child.pid})`);
      const replacement = start();
      current[slot] = replacement;
      all.push(replacement);
    }
    const ended = await Promise.all(all.map((w) => w.ended));
    for (const e of ended) cpu += e.cpu ?? 0;
    const seconds = elapsed();
    const status = await queueStatus(queue);
    const again = await retried(queue);
    await queue.close();
    const killed = ended.filter((e) => e.signal === 'SIGKILL').length;
    log.push(`${ended.length} workers started, ${killed} killed; queue: ${status.done} done (${status.added} added, ${status.unchanged} unchanged, ${status.skipped} already stored), ${status.failed} failed, ${status.queued} queued, ${status.active} active; ${again} jobs retried`);
    // CPU of killed workers is not known (they print it at exit): the sum is of the others.
    return { print: await fingerprint(store.db), seconds, cpu, done: status.done, failed: status.failed, retried: again, log };
  } finally {
    await dropSchemaAt(store.queue, schema);
    await store.drop();
  }
}

console.log(`corpus: ${corpus} (${count} documents); store: ${kind}; ${WORKERS} workers x ${jobs} coding threads; job timeout ${jobTimeout} s; Node ${process.version}; load ${loadavg()[0]?.toFixed(1)}`);
const clean = await run('clean', []);
console.log(`clean run: ${clean.seconds.toFixed(0)} s, CPU ${clean.cpu.toFixed(0)} s; ${clean.log.join('; ')}`);
const killAt = Array.from({ length: kills }, (_, k) => Math.round((count * (k + 1)) / (kills + 2)));
const faulty = await run('faults', killAt);
console.log(`run with ${kills} kill -9: ${faulty.seconds.toFixed(0)} s, CPU ${faulty.cpu.toFixed(0)} s of the workers that ended by themselves`);
for (const line of faulty.log) console.log(`  ${line}`);

const fields = Object.keys(clean.print) as (keyof Fingerprint)[];
let same = true;
for (const f of fields) {
  const ok = clean.print[f] === faulty.print[f];
  same &&= ok;
  console.log(`  ${f.padEnd(10)} clean ${String(clean.print[f]).padEnd(18)} with kills ${String(faulty.print[f]).padEnd(18)} ${ok ? 'same' : 'DIFFERENT'}`);
}
const complete = faulty.done + faulty.failed === count && clean.done + clean.failed === count;
console.log(same && complete ? 'result: the stores are the same; nothing lost, nothing stored twice' : `result: FAILED (${complete ? 'stores differ' : 'documents missing'})`);
console.log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
process.exitCode = same && complete ? 0 : 1;

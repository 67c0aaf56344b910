import { parseArgs } from 'node:util';
import { expandInputs, type IngestItem } from '../../ingest/expand-inputs.js';
import { runIngestTask } from '../../ingest/ingest-task.js';
import { createProgressReporter } from '../../ingest/progress-reporter.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { defaultWorkerCount, DOCUMENT_TIME_LIMIT_MS, WorkerPool } from '../../ingest/worker-pool.js';
import { readActorFiles } from '../../knowledge/read-actor-files.js';
import { openStore } from '../../store/open-store.js';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { usageError } from '../../errors.js';
import { enqueueDocuments } from '../../queue/enqueue-documents.js';
import { openQueue } from '../../queue/open-queue.js';
import { formatQueueStatus, queueStatus } from '../../queue/queue-status.js';
import { ACTORS_OPTION, requireInputs } from '../args.js';
import { DB_OPTION, migrationNotice } from '../store-args.js';
import type { CliIO, Command } from '../io.js';
import { QUEUE_SCHEMA_OPTION, requireQueueSchema, requireQueueUrl } from '../queue-args.js';

/** Counts the items up front when that is cheap (local files only), so the progress bar can show time left. */
async function countLocal(args: string[]): Promise<number | null> {
  if (args.some((a) => /^https?:\/\/|\.(warc(\.gz)?|rss|atom|xml)$/i.test(a))) return null;
  let n = 0;
  for await (const item of expandInputs(args)) if (item.kind === 'path') n++;
  return n;
}

/** Ingests into the store at `db` with `jobs` worker threads; exit status 1 when any document failed. */
export async function ingestPaths(
  inputs: string[],
  db: string,
  jobs: number,
  io: CliIO,
  quiet = false,
  actorFiles: string[] = [],
  allowPrivate = false,
  timeLimitMs = DOCUMENT_TIME_LIMIT_MS,
): Promise<number> {
  // Read here first, so that a bad dictionary fails once, before any worker starts.
  const dictionary = readActorFiles(actorFiles);
  const store = await openStore(db, { onMigrate: migrationNotice(db, io) });
  // jobs 0 codes in this thread: slower, but handy for debugging.
  const pool = jobs > 0 ? new WorkerPool(jobs, db, { actorFiles, timeLimitMs }) : null;
  const reporter = createProgressReporter(io.stderr);
  try {
    const total = await countLocal(inputs);
    const items: AsyncIterable<IngestItem> = expandInputs(inputs, { allowPrivate });
    const summary = await runIngest(items, store, {
      run: pool ? (task) => pool.run(task) : (task) => runIngestTask(task, (sha) => store.hasSource(sha), { dictionary }),
      inFlight: Math.max(2, jobs * 4),
      total,
      onProgress: quiet ? undefined : (p) => reporter.update(p),
      onFailure: (input, reason) => io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}dyad ingest: ${input}: ${reason}\n`),
    });
    reporter.finish(summary);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await pool?.close();
    await store.close();
  }
}

/** Puts the documents on the queue for \`dyad worker\`; exit status 1 when any could not be read. */
export async function enqueuePaths(inputs: string[], url: string, schema: string | undefined, jobTimeout: number | undefined, io: CliIO, quiet = false, allowPrivate = false): Promise<number> {
  const queue = await openQueue(url, { schema, jobTimeout });
  let shown = 0;
  try {
    const summary = await enqueueDocuments(expandInputs(inputs, { allowPrivate }), queue, {
      onFailure: (input, reason) => io.stderr.write(`dyad ingest: ${input}: ${reason}\n`),
      onBatch: (s) => {
        // A line every 10,000 documents, so that a long enqueue is not taken for a hang.
        if (quiet || s.sent - shown < 10_000) return;
        shown = s.sent;
        io.stderr.write(`ingest: ${s.sent} documents sent\n`);
      },
    });
    const again = summary.alreadyQueued > 0 ? ` (${summary.alreadyQueued} of them were on the queue already)` : '';
    io.stderr.write(`ingest: ${summary.sent} documents sent to the queue at ${queue.where}${again}, ${summary.failed} could not be read; "dyad worker" stores them\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await queue.close();
  }
}

/** Prints the queue's counts and its failures, one line each. */
export async function printQueueStatus(url: string, schema: string | undefined, io: CliIO): Promise<number> {
  const queue = await openQueue(url, { schema });
  try {
    io.stdout.write(formatQueueStatus(await queueStatus(queue)));
    return 0;
  } finally {
    await queue.close();
  }
}

const OPTIONS = {
  ...DB_OPTION,
  jobs: { type: 'string', arg: 'N', help: `worker threads (default: ${defaultWorkerCount()} here, one per core less one; 0 codes in the main thread)` },
  quiet: { type: 'boolean', default: false, help: 'no progress line' },
  ...ACTORS_OPTION,
  'allow-private': { type: 'boolean', default: false, help: 'read URLs on loopback, link-local and private addresses too' },
  queue: { type: 'string', arg: 'URL', help: 'put the documents on this PostgreSQL queue for "dyad worker" (on any machine) instead of storing them here; --db, --jobs and --actors are then the workers\' options' },
  ...QUEUE_SCHEMA_OPTION,
  'job-timeout': { type: 'string', arg: 'SECONDS', help: `with --queue: how long a worker may hold a document before it counts as dead and the document goes to another (a setting of the queue; default 120 when the queue is made)` },
  status: { type: 'boolean', default: false, help: 'with --queue: print how many documents are queued, active, done and failed, and each failure with its reason' },
  'time-limit': { type: 'string', arg: 'S', help: `seconds one document may take in a worker before it is stopped and reported (default: ${DOCUMENT_TIME_LIMIT_MS / 1000})` },
} as const;

/** Flags that mean nothing where documents are only queued: they belong to the workers. */
const WORKER_FLAGS = ['--db', '--jobs', '--actors'];

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'dyad ingest PATH|URL|FEED... [--db PATH] [--jobs N] [--quiet] [--actors FILE]... [--allow-private] [--time-limit S] [--queue URL [--queue-schema NAME] [--job-timeout SECONDS]]\n       dyad ingest --queue URL --status',
  options: OPTIONS,
  examples: [
    'dyad ingest ~/news-pages/',
    'dyad ingest "crawl/**/*.html" https://example.org/feed.xml --db news.db',
    'dyad ingest crawl.warc.gz --jobs 4',
    'dyad ingest crawl.warc.gz --queue postgres://dyad@db.example/news   # then "dyad worker --db postgres://dyad@db.example/news" on each machine',
    'dyad ingest --queue postgres://dyad@db.example/news --status',
  ],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    if (values.queue !== undefined) {
      const url = requireQueueUrl(values.queue);
      const schema = requireQueueSchema(values['queue-schema']);
      const workerFlag = args.find((a) => WORKER_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
      if (values['time-limit'] !== undefined) throw usageError('--time-limit bounds documents coded here; a --queue has --job-timeout');
      if (workerFlag) throw usageError(`${workerFlag.split('=')[0]} is an option of "dyad worker" when documents go to a --queue`);
      if (values.status) {
        if (positionals.length > 0) throw usageError(`--status prints the queue's counts and takes no inputs, not "${positionals[0]}"`);
        return printQueueStatus(url, schema, io);
      }
      const jobTimeout = parseWholeNumber(values['job-timeout'], '--job-timeout', 1, 86_400);
      return enqueuePaths(requireInputs(positionals, this.usage), url, schema, jobTimeout, io, values.quiet, values['allow-private']);
    }
    for (const flag of ['status', 'job-timeout'] as const) if (values[flag] !== undefined && values[flag] !== false) throw usageError(`--${flag} goes with --queue URL`);
    const inputs = requireInputs(positionals, this.usage);
    const jobs = parseWholeNumber(values.jobs, '--jobs', 0, 256) ?? defaultWorkerCount();
    const limit = parseWholeNumber(values['time-limit'], '--time-limit', 1, 86_400);
    return ingestPaths(inputs, values.db, jobs, io, values.quiet, values.actors, values['allow-private'], limit === undefined ? DOCUMENT_TIME_LIMIT_MS : limit * 1000);
  },
};

import { parseArgs } from 'node:util';
import { usageError } from '../../errors.js';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import type { IngestTask } from '../../ingest/expand-inputs.js';
import { runIngestTask } from '../../ingest/ingest-task.js';
import { createProgressReporter } from '../../ingest/progress-reporter.js';
import { defaultWorkerCount, WorkerPool } from '../../ingest/worker-pool.js';
import { readActorFiles } from '../../knowledge/read-actor-files.js';
import { openQueue } from '../../queue/open-queue.js';
import { runWorker } from '../../queue/run-worker.js';
import { isServerUrl, openStore } from '../../store/open-store.js';
import { ACTORS_OPTION } from '../args.js';
import type { CliIO, Command } from '../io.js';
import { QUEUE_SCHEMA_OPTION, requireQueueSchema, requireQueueUrl } from '../queue-args.js';
import { migrationNotice } from '../store-args.js';

const OPTIONS = {
  db: { type: 'string', default: 'dyad.db', arg: 'PATH|URL', help: 'the store to write: an SQLite file on this machine, or postgres://user@host/db shared by all workers' },
  queue: { type: 'string', arg: 'URL', help: 'the PostgreSQL queue that "dyad ingest --queue" fills (default: the --db URL, when it is one)' },
  ...QUEUE_SCHEMA_OPTION,
  jobs: { type: 'string', arg: 'N', help: `documents coded at once, one worker thread each (default: ${defaultWorkerCount()} here, one per core; 0 codes in the main thread)` },
  'idle-exit': { type: 'boolean', default: false, help: 'stop once no document is queued or being worked on, instead of waiting for more' },
  quiet: { type: 'boolean', default: false, help: 'no progress lines' },
  ...ACTORS_OPTION,
} as const;

/** A document each coding thread codes (and forgets) before the first job is taken. */
const WARM_UP: IngestTask = {
  kind: 'document',
  doc: { input: '(warm-up)', bytes: new TextEncoder().encode('Officials from both countries met in the capital on Monday.\n'), url: null, contentType: 'text/plain' },
  published: null,
};

/** Stops the worker gracefully on the first Ctrl-C or SIGTERM: held documents are finished, none taken. */
function stopOnSignal(controller: AbortController): () => void {
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

export async function runQueueWorker(
  options: { db: string; queue: string; schema: string | undefined; jobs: number; idleExit: boolean; quiet: boolean; actorFiles: string[] },
  io: CliIO,
): Promise<number> {
  // Read here first, so that a bad dictionary fails once, before any thread starts.
  const dictionary = readActorFiles(options.actorFiles);
  const queue = await openQueue(options.queue, { schema: options.schema, supervise: true });
  const controller = new AbortController();
  const release = stopOnSignal(controller);
  try {
    const store = await openStore(options.db, { onMigrate: migrationNotice(options.db, io) });
    const pool = options.jobs > 0 ? new WorkerPool(options.jobs, options.db, { actorFiles: options.actorFiles }) : null;
    const reporter = createProgressReporter(io.stderr, 'worker');
    try {
      // The job timeout runs from the moment a job is taken: take none while the threads still load the model.
      if (pool) await Promise.all(Array.from({ length: options.jobs }, () => pool.run(WARM_UP)));
      const summary = await runWorker(queue, store, {
        run: pool ? (task) => pool.run(task) : (task) => runIngestTask(task, (sha) => store.hasSource(sha), { dictionary }),
        inFlight: Math.max(2, options.jobs * 4),
        idleExit: options.idleExit,
        signal: controller.signal,
        onProgress: options.quiet ? undefined : (p) => reporter.update(p),
        onFailure: (input, reason) => io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}dyad worker: ${input}: ${reason}\n`),
      });
      reporter.finish(summary);
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await pool?.close();
      await store.close();
    }
  } finally {
    release();
    await queue.close();
  }
}

export const workerCommand: Command = {
  name: 'worker',
  usage: 'dyad worker [--db PATH|URL] [--queue URL] [--queue-schema NAME] [--jobs N] [--idle-exit] [--quiet] [--actors FILE]...',
  options: OPTIONS,
  examples: [
    'dyad worker --db postgres://dyad@db.example/news',
    'dyad worker --db postgres://dyad@db.example/news --jobs 8 --idle-exit',
    'dyad worker --db news.db --queue postgres://dyad@db.example/queue',
  ],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    if (positionals.length > 0) throw usageError(`a worker takes its documents from the queue, not from "${positionals[0]}"\nusage: ${this.usage}`);
    const queueUrl = values.queue ?? (isServerUrl(values.db) ? values.db : undefined);
    if (queueUrl === undefined) throw usageError(`with --db ${values.db} (a file), name the queue: --queue postgres://…\nusage: ${this.usage}`);
    return runQueueWorker(
      {
        db: values.db,
        queue: requireQueueUrl(queueUrl),
        schema: requireQueueSchema(values['queue-schema']),
        jobs: parseWholeNumber(values.jobs, '--jobs', 0, 256) ?? defaultWorkerCount(),
        idleExit: values['idle-exit'],
        quiet: values.quiet,
        actorFiles: values.actors,
      },
      io,
    );
  },
};

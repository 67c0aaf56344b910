import { parseArgs } from 'node:util';
import { expandInputs, type IngestItem } from '../../ingest/expand-inputs.js';
import { runIngestTask } from '../../ingest/ingest-task.js';
import { createProgressReporter } from '../../ingest/progress-reporter.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { defaultWorkerCount, WorkerPool } from '../../ingest/worker-pool.js';
import { readActorFiles } from '../../knowledge/read-actor-files.js';
import { openStore } from '../../store/open-store.js';
import { parseWholeNumber } from '../../filter/parse-filter.js';
import { ACTORS_OPTION, requireInputs } from '../args.js';
import { DB_OPTION, migrationNotice } from '../store-args.js';
import type { CliIO, Command } from '../io.js';

/** Counts the items up front when that is cheap (local files only), so the progress bar can show time left. */
async function countLocal(args: string[]): Promise<number | null> {
  if (args.some((a) => /^https?:\/\/|\.(warc(\.gz)?|rss|atom|xml)$/i.test(a))) return null;
  let n = 0;
  for await (const item of expandInputs(args)) if (item.kind === 'path') n++;
  return n;
}

/** Ingests into the store at `db` with `jobs` worker threads; exit status 1 when any document failed. */
export async function ingestPaths(inputs: string[], db: string, jobs: number, io: CliIO, quiet = false, actorFiles: string[] = [], allowPrivate = false): Promise<number> {
  // Read here first, so that a bad dictionary fails once, before any worker starts.
  const dictionary = readActorFiles(actorFiles);
  const store = await openStore(db, { onMigrate: migrationNotice(db, io) });
  // jobs 0 codes in this thread: slower, but handy for debugging.
  const pool = jobs > 0 ? new WorkerPool(jobs, db, actorFiles) : null;
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

const OPTIONS = {
  ...DB_OPTION,
  jobs: { type: 'string', arg: 'N', help: `worker threads (default: ${defaultWorkerCount()} here, one per core less one; 0 codes in the main thread)` },
  quiet: { type: 'boolean', default: false, help: 'no progress line' },
  ...ACTORS_OPTION,
  'allow-private': { type: 'boolean', default: false, help: 'read URLs on loopback, link-local and private addresses too' },
} as const;

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'dyad ingest PATH|URL|FEED... [--db PATH] [--jobs N] [--quiet] [--actors FILE]... [--allow-private]',
  options: OPTIONS,
  examples: ['dyad ingest ~/news-pages/', 'dyad ingest "crawl/**/*.html" https://example.org/feed.xml --db news.db', 'dyad ingest crawl.warc.gz --jobs 4'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    const inputs = requireInputs(positionals, this.usage);
    const jobs = parseWholeNumber(values.jobs, '--jobs', 0, 256) ?? defaultWorkerCount();
    return ingestPaths(inputs, values.db, jobs, io, values.quiet, values.actors, values['allow-private']);
  },
};

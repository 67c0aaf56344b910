import { DyadError } from '../errors.js';
import type { EventWriter } from '../store/event-store.js';
import type { IngestItem, IngestTask } from './expand-inputs.js';
import type { TaskResult } from './ingest-task.js';

export interface IngestProgress {
  done: number;
  added: number;
  unchanged: number;
  skipped: number;
  failed: number;
  events: number;
  /** Known only when every input was local and counted up front. */
  total: number | null;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  failures: { input: string; reason: string }[];
}

export interface IngestOptions {
  /** Runs one task; a worker pool in production, in-process in tests. */
  run: (task: IngestTask) => Promise<TaskResult>;
  /** How many documents may be in flight at once; bounds memory whatever the corpus size. */
  inFlight: number;
  total?: number | null;
  onProgress?: (p: IngestProgress) => void;
  onFailure?: (input: string, reason: string) => void;
  now?: () => number;
}

/** The driver's message, with its code when that says more ("disk I/O error" is SQLITE_IOERR_WRITE when a file may grow no more). */
function storeErrorReason(err: unknown): string {
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== 'ERR_SQLITE_ERROR' && !message.includes(code) ? `${message}, ${code}` : message;
}

/**
 * Streams items through the coder and writes each article in its own transaction, in input order so
 * that the merged store is the same whatever the timing of the workers.
 */
export async function runIngest(items: AsyncIterable<IngestItem>, store: Pick<EventWriter, 'addArticle'>, options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const summary: IngestSummary = {
    done: 0,
    added: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    events: 0,
    total: options.total ?? null,
    elapsedMs: 0,
    failures: [],
  };
  const fail = (input: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ input, reason });
    options.onFailure?.(input, reason);
  };
  const write = async (result: TaskResult): Promise<void> => {
    summary.done++;
    if (result.status === 'failed') fail(result.input, result.reason);
    else if (result.status === 'skipped') summary.skipped++;
    else {
      let added;
      try {
        added = await store.addArticle(result.article, result.coded, result.input);
      } catch (err) {
        // A full disk or a broken store fails every document after this one too: stop, once. Each
        // article is its own transaction, so what is stored stays whole.
        const reason = storeErrorReason(err);
        throw new DyadError('input', `the store could not be written (${reason}) at ${result.input}; stopped, the ${summary.added} articles added before it are kept`);
      }
      if (added.status === 'added') {
        summary.added++;
        summary.events += added.events;
      } else summary.unchanged++;
    }
    summary.elapsedMs = now() - started;
    options.onProgress?.({ ...summary });
  };

  // A queue of results in input order; each slot resolves when its worker finishes.
  const queue: Promise<TaskResult>[] = [];
  try {
    for await (const item of items) {
      queue.push(item.kind === 'failed' ? Promise.resolve({ status: 'failed', input: item.input, reason: item.reason }) : options.run(item));
      while (queue.length >= options.inFlight) await write(await (queue.shift() as Promise<TaskResult>));
    }
    while (queue.length > 0) await write(await (queue.shift() as Promise<TaskResult>));
  } catch (err) {
    // The documents still in flight are dropped; their workers may fail as the pool closes.
    for (const pending of queue) pending.catch(() => undefined);
    throw err;
  }
  summary.elapsedMs = now() - started;
  return summary;
}

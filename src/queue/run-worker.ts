import { setTimeout as sleep } from 'node:timers/promises';
import { DyadError } from '../errors.js';
import type { IngestTask } from '../ingest/expand-inputs.js';
import type { TaskResult } from '../ingest/ingest-task.js';
import type { IngestSummary } from '../ingest/run-ingest.js';
import type { EventWriter } from '../store/event-store.js';
import { fromJob, inputOfJob } from './job-payload.js';
import { QUEUE_NAME, queueError, type IngestQueue } from './open-queue.js';

export interface WorkerOptions {
  /** Codes one document: a worker-thread pool in production, in-process in tests. */
  run: (task: IngestTask) => Promise<TaskResult>;
  /** Jobs held at once (being coded or waiting to be written). */
  inFlight: number;
  /** Stop once no job is queued or active anywhere (tests, benchmarks, batch runs). */
  idleExit?: boolean;
  /** How long to wait before asking an empty queue again. */
  pollMs?: number;
  /** Stops taking jobs; the ones held are finished and written first. */
  signal?: AbortSignal;
  onProgress?: (summary: IngestSummary) => void;
  onFailure?: (input: string, reason: string) => void;
  now?: () => number;
}

type Job = { id: string; data: unknown };

/**
 * Takes documents from the queue, codes them and writes them to the store until stopped (or, with
 * idleExit, until the queue is empty). A job is completed only after its article is committed, so a
 * worker killed at any point leaves its jobs active; pg-boss hands them out again after the job
 * timeout, and the store's dedup (the bytes' hash, the article id) keeps each document stored once.
 * Jobs are written in the order taken, one at a time, as `runIngest` does.
 */
export async function runWorker(queue: IngestQueue, store: Pick<EventWriter, 'addArticle'>, options: WorkerOptions): Promise<IngestSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const pollMs = options.pollMs ?? 1000;
  const { boss } = queue;
  const summary: IngestSummary = { done: 0, added: 0, unchanged: 0, skipped: 0, failed: 0, events: 0, total: null, elapsedMs: 0, failures: [] };
  /** Set when the store cannot be written: every later job is handed back and the worker stops. */
  let broken = null as DyadError | null;

  const finish = async (job: Job, output: Record<string, unknown>): Promise<void> => {
    try {
      await boss.complete(QUEUE_NAME, job.id, output);
    } catch (err) {
      // The article is stored; the job comes back after its timeout and is then skipped as known.
      throw queueError(queue.where, err);
    }
  };

  const write = async (job: Job, result: TaskResult): Promise<void> => {
    if (broken) {
      // Handed back for another worker (or a later run); pg-boss counts it as one retry.
      await boss.fail(QUEUE_NAME, job.id, { message: broken.message }).catch(() => undefined);
      return;
    }
    summary.done++;
    if (result.status === 'failed') {
      summary.failed++;
      summary.failures.push({ input: result.input, reason: result.reason });
      options.onFailure?.(result.input, result.reason);
      // Completed, not failed: coding the same bytes again would fail the same way, so no retry is spent on it.
      await finish(job, { status: 'failed', reason: result.reason });
    } else if (result.status === 'skipped') {
      summary.skipped++;
      await finish(job, { status: 'skipped' });
    } else {
      let added;
      try {
        added = await store.addArticle(result.article, result.coded, result.input);
      } catch (err) {
        const reason = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
        broken = new DyadError('input', `the store could not be written (${reason}) at ${result.input}; stopped, the documents held go back on the queue`);
        summary.done--;
        await boss.fail(QUEUE_NAME, job.id, { message: broken.message }).catch(() => undefined);
        return;
      }
      if (added.status === 'added') {
        summary.added++;
        summary.events += added.events;
      } else summary.unchanged++;
      await finish(job, added.status === 'added' ? { status: 'added', events: added.events } : { status: 'unchanged' });
    }
    summary.elapsedMs = now() - started;
    options.onProgress?.({ ...summary });
  };

  const held = new Set<Promise<void>>();
  let lastWrite: Promise<void> = Promise.resolve();
  let queueTrouble = null as unknown;
  const take = (job: Job): void => {
    let coded: Promise<TaskResult>;
    try {
      coded = options.run(fromJob(job.data));
    } catch (err) {
      coded = Promise.resolve({ status: 'failed', input: inputOfJob(job.data), reason: `not a Dyad ingest job (${(err as Error).message})` });
    }
    const previous = lastWrite;
    const done = (async () => {
      await previous;
      await write(job, await coded);
    })();
    // Recorded once; the loop stops at the next turn and the error is thrown after the held jobs are settled.
    const settled = done.catch((err: unknown) => {
      queueTrouble ??= err;
    });
    lastWrite = settled;
    held.add(settled);
    void settled.finally(() => held.delete(settled));
  };

  while (!options.signal?.aborted && !broken && queueTrouble === null) {
    const room = options.inFlight - held.size;
    // Fetch in batches of at least half the room, not one job per finished one.
    let jobs: Job[] = [];
    if (held.size === 0 || room >= Math.ceil(options.inFlight / 2)) {
      try {
        jobs = await boss.fetch(QUEUE_NAME, { batchSize: room });
      } catch (err) {
        queueTrouble = err;
        break;
      }
    }
    for (const job of jobs) take(job);
    if (jobs.length > 0 && held.size < options.inFlight) continue;
    if (held.size > 0) {
      await Promise.race([...held, ...(jobs.length === 0 ? [sleep(pollMs)] : [])]);
      continue;
    }
    if (options.idleExit) {
      let left: number;
      try {
        // Active jobs count: when their worker dies they come back after the timeout and must be taken.
        left = await boss.getQueueSize(QUEUE_NAME, { before: 'completed' });
      } catch (err) {
        queueTrouble = err;
        break;
      }
      if (left === 0) break;
    }
    await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
  }
  await Promise.all(held);
  summary.elapsedMs = now() - started;
  if (broken) throw broken;
  if (queueTrouble !== null) throw queueTrouble instanceof DyadError ? queueTrouble : queueError(queue.where, queueTrouble);
  return summary;
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inputOf, type IngestTask } from './expand-inputs.js';
import type { TaskResult } from './ingest-task.js';
import type { WorkerMessage } from './ingest-worker.js';

interface WorkerData {
  dbPath: string;
  actorFiles: readonly string[];
}

/**
 * Starts the worker. From sources (tests, tsx) the worker is a .ts file, which a worker thread can
 * only load after registering tsx itself; the built package runs the .js file directly.
 */
function startWorker(workerData: WorkerData): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const file = new URL(`./ingest-worker${ts ? '.ts' : '.js'}`, import.meta.url);
  if (!ts) return new Worker(file, { workerData });
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Wall-clock time one document may take in a worker, from reading it to its coded events. A news
 * page takes well under a second; a document at every size limit a few seconds of CPU; past this the
 * worker is stopped and the document reported, whatever it is stuck in (a library, a slow disk).
 */
export const DOCUMENT_TIME_LIMIT_MS = 60_000;

interface Job {
  task: IngestTask;
  resolve: (r: TaskResult) => void;
}

/**
 * Documents each worker holds at once: the one it codes and the next, so that it goes on while the
 * main thread is busy writing and cannot hand out work.
 */
const DEPTH = 2;

export interface PoolOptions {
  actorFiles?: readonly string[];
  /** Wall-clock limit per document, in ms (DOCUMENT_TIME_LIMIT_MS by default). */
  timeLimitMs?: number;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/**
 * A fixed number of worker threads, each coding one document at a time. A worker whose document
 * runs past the time limit is terminated and replaced; the document fails, the others it held go
 * to the next free worker.
 */
export class WorkerPool {
  /** A worker appears here once for each document it can take. */
  private readonly slots: Worker[] = [];
  private readonly queue: Job[] = [];
  /** Each worker's documents in the order sent, which is the order it answers in. */
  private readonly assigned = new Map<Worker, Job[]>();
  /** The timer of the document each worker is coding now. */
  private readonly timers = new Map<Worker, NodeJS.Timeout>();
  private broken: string | null = null;
  private closed = false;
  private readonly data: WorkerData;
  private readonly timeLimitMs: number;

  constructor(size: number, dbPath: string, options: PoolOptions = {}) {
    this.data = { dbPath, actorFiles: options.actorFiles ?? [] };
    this.timeLimitMs = options.timeLimitMs ?? DOCUMENT_TIME_LIMIT_MS;
    const workers = Array.from({ length: size }, () => this.spawn());
    // Round by round, so that the first documents go to different workers.
    for (let d = 0; d < DEPTH; d++) this.slots.push(...workers);
  }

  private spawn(): Worker {
    const worker = startWorker(this.data);
    worker.on('message', (message: WorkerMessage) => {
      // A worker stopped for running late may have answered just before it stopped.
      if (!this.assigned.has(worker)) return;
      if (message.kind === 'started') {
        // The clock runs from when the worker takes the document up, not while it waits or starts.
        this.timers.set(worker, setTimeout(() => this.overrun(worker), this.timeLimitMs));
        return;
      }
      clearTimeout(this.timers.get(worker));
      this.timers.delete(worker);
      this.assigned.get(worker)?.shift()?.resolve(message.result);
      this.slots.push(worker);
      this.dispatch();
    });
    worker.on('error', (err) => this.lose(worker, err.message));
    worker.on('exit', () => this.lose(worker, 'worker exited'));
    this.assigned.set(worker, []);
    return worker;
  }

  /** The document took too long: it fails, the worker is replaced, and the documents queued behind it are handed out again. */
  private overrun(worker: Worker): void {
    const jobs = this.assigned.get(worker);
    if (!jobs) return;
    this.assigned.delete(worker);
    this.timers.delete(worker);
    this.removeSlots(worker);
    void worker.terminate();
    const [late, ...waiting] = jobs;
    this.queue.unshift(...waiting);
    late?.resolve({ status: 'failed', input: inputOf(late.task), reason: `took longer than ${seconds(this.timeLimitMs)}, the limit per document; stopped` });
    if (this.closed) return;
    const fresh = this.spawn();
    for (let d = 0; d < DEPTH; d++) this.slots.push(fresh);
    this.dispatch();
  }

  private removeSlots(worker: Worker): void {
    for (let i = this.slots.indexOf(worker); i >= 0; i = this.slots.indexOf(worker)) this.slots.splice(i, 1);
  }

  /** A worker that dies fails its documents; when none is left, every waiting document fails too. */
  private lose(worker: Worker, reason: string): void {
    const jobs = this.assigned.get(worker);
    if (!jobs) return;
    this.assigned.delete(worker);
    clearTimeout(this.timers.get(worker));
    this.timers.delete(worker);
    this.removeSlots(worker);
    for (const job of jobs) job.resolve({ status: 'failed', input: inputOf(job.task), reason: `worker failed: ${reason}` });
    if (this.assigned.size === 0) {
      this.broken = reason;
      for (const waiting of this.queue.splice(0)) this.fail(waiting);
    }
  }

  private fail(job: Job): void {
    job.resolve({ status: 'failed', input: inputOf(job.task), reason: `no worker left: ${this.broken ?? 'unknown'}` });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.slots.length > 0) {
      const worker = this.slots.shift() as Worker;
      const job = this.queue.shift() as Job;
      this.assigned.get(worker)?.push(job);
      worker.postMessage(job.task);
    }
  }

  run(task: IngestTask): Promise<TaskResult> {
    return new Promise((resolve) => {
      const job = { task, resolve };
      if (this.broken !== null) return this.fail(job);
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const alive = [...this.assigned.keys()];
    this.assigned.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(alive.map((w) => w.terminate()));
  }
}

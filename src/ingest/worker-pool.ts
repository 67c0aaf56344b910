import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inputOf, type IngestTask } from './expand-inputs.js';
import type { TaskResult } from './ingest-task.js';

/**
 * Starts the worker. From sources (tests, tsx) the worker is a .ts file, which a worker thread can
 * only load after registering tsx itself; the built package runs the .js file directly.
 */
function startWorker(workerData: { dbPath: string; actorFiles: readonly string[] }): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const file = new URL(`./ingest-worker${ts ? '.ts' : '.js'}`, import.meta.url);
  if (!ts) return new Worker(file, { workerData });
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  task: IngestTask;
  resolve: (r: TaskResult) => void;
}

/**
 * Documents each worker holds at once: the one it codes and the next, so that it goes on while the
 * main thread is busy writing and cannot hand out work.
 */
const DEPTH = 2;


/** A fixed set of worker threads, each coding one document at a time. */
export class WorkerPool {
  /** A worker appears here once for each document it can take. */
  private readonly slots: Worker[] = [];
  private readonly queue: Job[] = [];
  /** Each worker's documents in the order sent, which is the order it answers in. */
  private readonly assigned = new Map<Worker, Job[]>();
  private broken: string | null = null;

  constructor(size: number, dbPath: string, actorFiles: readonly string[] = []) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker({ dbPath, actorFiles });
      worker.on('message', (result: TaskResult) => {
        this.assigned.get(worker)?.shift()?.resolve(result);
        this.slots.push(worker);
        this.dispatch();
      });
      worker.on('error', (err) => this.lose(worker, err.message));
      worker.on('exit', () => this.lose(worker, 'worker exited'));
      this.assigned.set(worker, []);
    }
    // Round by round, so that the first documents go to different workers.
    for (let d = 0; d < DEPTH; d++) this.slots.push(...this.assigned.keys());
  }

  /** A worker that dies fails its documents; when none is left, every waiting document fails too. */
  private lose(worker: Worker, reason: string): void {
    const jobs = this.assigned.get(worker);
    if (!jobs) return;
    this.assigned.delete(worker);
    for (let i = this.slots.indexOf(worker); i >= 0; i = this.slots.indexOf(worker)) this.slots.splice(i, 1);
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
    const alive = [...this.assigned.keys()];
    this.assigned.clear();
    await Promise.all(alive.map((w) => w.terminate()));
  }
}

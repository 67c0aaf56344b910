import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestTask } from './expand-inputs.js';
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

/** A fixed set of worker threads, each coding one document at a time. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly workers = new Set<Worker>();
  private broken: string | null = null;

  constructor(size: number, dbPath: string, actorFiles: readonly string[] = []) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker({ dbPath, actorFiles });
      worker.on('message', (result: TaskResult) => {
        this.busy.get(worker)?.resolve(result);
        this.busy.delete(worker);
        this.next(worker);
      });
      worker.on('error', (err) => this.lose(worker, err.message));
      worker.on('exit', () => this.lose(worker, 'worker exited'));
      this.workers.add(worker);
      this.idle.push(worker);
    }
  }

  /** A worker that dies fails its document; when none is left, every waiting document fails too. */
  private lose(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker)) return;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    job?.resolve({ status: 'failed', input: job.task.kind === 'path' ? job.task.input : job.task.doc.input, reason: `worker failed: ${reason}` });
    if (this.workers.size === 0) {
      this.broken = reason;
      for (const waiting of this.queue.splice(0)) this.fail(waiting);
    }
  }

  private fail(job: Job): void {
    const input = job.task.kind === 'path' ? job.task.input : job.task.doc.input;
    job.resolve({ status: 'failed', input, reason: `no worker left: ${this.broken ?? 'unknown'}` });
  }

  private next(worker: Worker): void {
    const job = this.queue.shift();
    if (!job) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, job);
    worker.postMessage(job.task);
  }

  run(task: IngestTask): Promise<TaskResult> {
    return new Promise((resolve) => {
      const job = { task, resolve };
      if (this.broken !== null) return this.fail(job);
      this.queue.push(job);
      const worker = this.idle.pop();
      if (worker) this.next(worker);
    });
  }

  async close(): Promise<void> {
    const alive = [...this.workers];
    this.workers.clear();
    await Promise.all(alive.map((w) => w.terminate()));
  }
}

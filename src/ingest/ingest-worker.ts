import { parentPort, workerData } from 'node:worker_threads';
import { readActorFiles } from '../knowledge/read-actor-files.js';
import { processDocument } from '../pipeline.js';
import { openStore } from '../store/open-store.js';
import type { IngestTask } from './expand-inputs.js';
import { runIngestTask, type TaskResult } from './ingest-task.js';

/** What a worker tells the pool: it took a document up (its time limit starts), or its result. */
export type WorkerMessage = { kind: 'started' } | { kind: 'result'; result: TaskResult };

/** Worker thread: extracts and codes documents; the parent thread alone writes to the store. */
const { dbPath, actorFiles } = workerData as { dbPath: string; actorFiles: string[] };
const store = await openStore(dbPath, { readonly: true });
// The parent checked these files before starting the workers.
const dictionary = readActorFiles(actorFiles);
const port = parentPort;
if (!port) throw new Error('ingest-worker must run in a worker thread');
// The tables and models load on first use; load them now, so that a document's time limit is its own.
try {
  processDocument({ input: 'warm-up', bytes: new TextEncoder().encode('Officials in the capital met on Monday to discuss trade.'), url: null, contentType: null }, { dictionary });
} catch {
  // Nothing to report: the real documents will fail with their own reasons if the models are broken.
}
const post = (message: WorkerMessage): void => port.postMessage(message);
// The pool sends a worker its next document before this one is done and matches answers to
// documents by order, so documents are taken one after another, never overlapping.
let previous: Promise<void> = Promise.resolve();
port.on('message', (task: IngestTask) => {
  previous = previous
    .then(() => {
      post({ kind: 'started' });
      return runIngestTask(task, (sha) => store.hasSource(sha), { dictionary });
    })
    .then((result) => post({ kind: 'result', result }));
});

import { parentPort, workerData } from 'node:worker_threads';
import { readActorFiles } from '../knowledge/read-actor-files.js';
import { openStore } from '../store/open-store.js';
import type { IngestTask } from './expand-inputs.js';
import { runIngestTask } from './ingest-task.js';

/** Worker thread: extracts and codes documents; the parent thread alone writes to the store. */
const { dbPath, actorFiles } = workerData as { dbPath: string; actorFiles: string[] };
const store = await openStore(dbPath, { readonly: true });
// The parent checked these files before starting the workers.
const dictionary = readActorFiles(actorFiles);
const port = parentPort;
if (!port) throw new Error('ingest-worker must run in a worker thread');
// The pool sends a worker its next document before this one is done and matches answers to
// documents by order, so documents are taken one after another, never overlapping.
let previous: Promise<void> = Promise.resolve();
port.on('message', (task: IngestTask) => {
  previous = previous.then(() => runIngestTask(task, (sha) => store.hasSource(sha), { dictionary })).then((result) => port.postMessage(result));
});

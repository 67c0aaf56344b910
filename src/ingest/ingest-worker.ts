import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { IngestTask } from './expand-inputs.js';
import { runIngestTask } from './ingest-task.js';

/** Worker thread: extracts and codes documents; the parent thread alone writes to the store. */
const { dbPath } = workerData as { dbPath: string };
const store = openSqliteStore(dbPath, { readonly: true });
const port = parentPort;
if (!port) throw new Error('ingest-worker must run in a worker thread');
port.on('message', (task: IngestTask) => {
  void runIngestTask(task, (sha) => store.hasSource(sha)).then((result) => port.postMessage(result));
});

import { DyadError } from '../errors.js';
import type { IngestItem } from '../ingest/expand-inputs.js';
import { readInput } from '../io/read-input.js';
import type { RawDocument } from '../types/index.js';
import { toJob } from './job-payload.js';
import { QUEUE_NAME, queueError, type IngestQueue } from './open-queue.js';

export interface EnqueueSummary {
  /** Documents read and sent. */
  sent: number;
  /** Of those, how many were on the queue already (the same bytes: waiting, in work or done), and so not queued again. */
  alreadyQueued: number;
  failed: number;
  failures: { input: string; reason: string }[];
}

export interface EnqueueOptions {
  /** Jobs per INSERT: one round trip each. */
  batchSize?: number;
  onFailure?: (input: string, reason: string) => void;
  onBatch?: (summary: EnqueueSummary) => void;
}

function failureOf(input: string, err: unknown): { input: string; reason: string } {
  const message = (err as Error).message;
  return { input, reason: err instanceof DyadError && message.startsWith(`${input}: `) ? message.slice(input.length + 2) : message };
}

/**
 * Reads each document and puts it on the queue, in batches. Documents that cannot be read are
 * reported and left out; the others are queued whatever happens to them.
 */
export async function enqueueDocuments(items: AsyncIterable<IngestItem>, queue: IngestQueue, options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const batchSize = options.batchSize ?? 500;
  const summary: EnqueueSummary = { sent: 0, alreadyQueued: 0, failed: 0, failures: [] };
  const fail = (failure: { input: string; reason: string }): void => {
    summary.failed++;
    summary.failures.push(failure);
    options.onFailure?.(failure.input, failure.reason);
  };
  let batch = new Map<string, ReturnType<typeof toJob>['data']>();
  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const ids = [...batch.keys()];
    const jobs = [...batch].map(([id, data]) => ({ id, name: QUEUE_NAME, data }));
    batch = new Map();
    try {
      // Only for the count shown: the insert itself skips ids already there.
      const known = await queue.boss.getDb().executeSql(`SELECT count(*)::int AS n FROM ${queue.schema}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [QUEUE_NAME, ids]);
      await queue.boss.insert(jobs);
      summary.alreadyQueued += (known.rows[0] as { n: number }).n;
    } catch (err) {
      throw queueError(queue.where, err);
    }
    summary.sent += jobs.length;
    options.onBatch?.({ ...summary });
  };
  for await (const item of items) {
    if (item.kind === 'failed') {
      fail({ input: item.input, reason: item.reason });
      continue;
    }
    let doc: RawDocument;
    if (item.kind === 'document') doc = item.doc;
    else {
      try {
        doc = await readInput(item.input);
      } catch (err) {
        fail(failureOf(item.input, err));
        continue;
      }
    }
    const job = toJob(doc, item.published);
    if (batch.has(job.id)) {
      // The same bytes twice in one batch are one job; across batches the insert skips them.
      summary.sent++;
      summary.alreadyQueued++;
    } else batch.set(job.id, job.data);
    if (batch.size >= batchSize) await flush();
  }
  await flush();
  return summary;
}

import { QUEUE_NAME, queueError, type IngestQueue } from './open-queue.js';

export interface QueueStatus {
  /** Waiting for a worker, retries included. */
  queued: number;
  /** Of the queued, how many wait to be tried again (a worker died or the store could not be written). */
  retrying: number;
  /** Taken by a worker and not finished yet. */
  active: number;
  /** Finished: stored, unchanged (the article was there) or skipped (the bytes were there). */
  done: number;
  added: number;
  unchanged: number;
  skipped: number;
  /** Documents that could not be coded, and jobs given up after every retry. */
  failed: number;
  failures: { input: string; reason: string }[];
}

/**
 * Reads the states from pg-boss's own tables (schema version of pg-boss 10): its API counts only
 * jobs before a state, and a worker's outcome (added, skipped, failed) is in the job's output.
 * Completed jobs move to the archive table after pg-boss's archive delay, so both are read.
 */
export async function queueStatus(queue: IngestQueue): Promise<QueueStatus> {
  const db = queue.boss.getDb();
  const both = (columns: string, where: string): string =>
    ['job', 'archive'].map((t) => `SELECT ${columns} FROM ${queue.schema}.${t} WHERE name = $1 AND ${where}`).join(' UNION ALL ');
  const status: QueueStatus = { queued: 0, retrying: 0, active: 0, done: 0, added: 0, unchanged: 0, skipped: 0, failed: 0, failures: [] };
  try {
    const counts = await db.executeSql(
      `SELECT state::text AS state, outcome, count(*)::int AS n FROM (${both(`state, output->>'status' AS outcome`, 'true')}) jobs GROUP BY 1, 2`,
      [QUEUE_NAME],
    );
    for (const row of counts.rows as { state: string; outcome: string | null; n: number }[]) {
      if (row.state === 'created' || row.state === 'retry') status.queued += row.n;
      if (row.state === 'retry') status.retrying += row.n;
      if (row.state === 'active') status.active += row.n;
      if (row.state === 'failed' || (row.state === 'completed' && row.outcome === 'failed')) status.failed += row.n;
      else if (row.state === 'completed') {
        status.done += row.n;
        if (row.outcome === 'added') status.added += row.n;
        else if (row.outcome === 'unchanged') status.unchanged += row.n;
        else if (row.outcome === 'skipped') status.skipped += row.n;
      }
    }
    const failures = await db.executeSql(
      `SELECT input, reason FROM (${both(
        `data->>'input' AS input, COALESCE(output->>'reason', output->>'message', output->'value'->>'message') AS reason`,
        `(state = 'failed' OR (state = 'completed' AND output->>'status' = 'failed'))`,
      )}) f ORDER BY input`,
      [QUEUE_NAME],
    );
    status.failures = (failures.rows as { input: string | null; reason: string | null }[]).map((r) => ({
      input: r.input ?? '(unknown input)',
      reason: describeReason(r.reason),
    }));
  } catch (err) {
    throw queueError(queue.where, err);
  }
  return status;
}

/** pg-boss's words for a job that outlived its timeout on its last try, said for this queue. */
function describeReason(reason: string | null): string {
  if (!reason) return 'failed without a reason';
  if (/failed by timeout/.test(reason)) return 'no worker finished it on any try (workers died or took longer than the job timeout)';
  return reason.replace(/\s+/g, ' ');
}

export function formatQueueStatus(s: QueueStatus): string {
  const lines = [
    `queued  ${s.queued}${s.retrying > 0 ? ` (${s.retrying} to be retried)` : ''}`,
    `active  ${s.active}`,
    `done    ${s.done} (${s.added} added, ${s.unchanged} unchanged, ${s.skipped} already stored)`,
    `failed  ${s.failed}`,
    ...s.failures.map((f) => `failed: ${f.input}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { DyadError } from '../errors.js';

/** The pg-boss queue ingest puts documents on; one per schema. */
export const QUEUE_NAME = 'ingest';
export const DEFAULT_QUEUE_SCHEMA = 'dyad_queue';
/** Seconds a worker may hold a document before it counts as dead and the document goes back on the queue. */
export const DEFAULT_JOB_TIMEOUT = 120;
/**
 * Tries per document after the first. A worker killed mid-document costs one; a document that
 * cannot be coded costs none (it completes as failed), so only crashes and store outages use them.
 */
export const RETRY_LIMIT = 5;
/** Seconds before the first retry, doubled (with jitter) for each next one: a store outage is waited out. */
export const RETRY_DELAY = 2;

export interface IngestQueue {
  boss: PgBoss;
  schema: string;
  /** The URL without its password, for messages. */
  where: string;
  /** Seconds a job may stay active, as the queue was created or last set. */
  jobTimeout: number;
  close(): Promise<void>;
}

export interface OpenQueueOptions {
  /** The PostgreSQL schema pg-boss keeps its tables in (default: see `queueTarget`). */
  schema?: string;
  /** Run pg-boss's upkeep (expiring the jobs of dead workers): workers do, the enqueuer and --status need not. */
  supervise?: boolean;
  /** Sets the queue's job timeout; left as it is when not given. */
  jobTimeout?: number;
}

/** A postgres:// URL with its password hidden. */
export function redactUrl(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed?.password) return url;
  parsed.password = '***';
  return parsed.href;
}

export function isQueueSchema(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,49}$/.test(name);
}

function reason(err: unknown): string {
  const e = err as { message?: string; code?: string; errors?: { message?: string }[] };
  // A refused connection to "localhost" is an AggregateError (IPv4 and IPv6) with an empty message.
  const text = e.message || e.errors?.map((x) => x.message).join('; ') || e.code || String(err);
  return text.replace(/\s+/g, ' ');
}

/** The error for a queue that cannot be reached or read. */
export function queueError(where: string, err: unknown): DyadError {
  return new DyadError('input', `${where}: the queue cannot be reached (${reason(err)})`);
}

/**
 * Where a queue URL points: the connection without the store's `?schema=S` (pg-boss has its own
 * schema), and the queue's default schema, S_queue for such a URL, so that two stores in one
 * database never share a queue; dyad_queue otherwise.
 */
export function queueTarget(url: string): { connection: string; schema: string } {
  const parsed = URL.parse(url);
  const storeSchema = parsed?.searchParams.get('schema');
  if (!parsed || !storeSchema) return { connection: url, schema: DEFAULT_QUEUE_SCHEMA };
  parsed.searchParams.delete('schema');
  return { connection: parsed.href, schema: `${storeSchema.slice(0, 44)}_queue` };
}

/**
 * pg-boss 10 fetches the queued jobs in (priority desc, created_on, id) order but indexes them by
 * start time only, so every fetch sorted the whole queue: 256 ms a fetch with 90,000 documents
 * queued, more than coding them. This index gives the order, and a fetch reads just the jobs it takes
 * (0.1 ms). Made under a lock, so that workers starting together make it once; queues made by
 * earlier versions get it when a worker or an enqueue next opens them.
 */
function fetchOrderIndex(schema: string): string {
  // Looked up first: CREATE INDEX IF NOT EXISTS would still lock the table, and a worker starting
  // while another creates the queue's partition could then deadlock with it.
  return `DO $$ BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('dyad queue index ${schema}'));
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = '${schema}' AND indexname = 'dyad_fetch_order') THEN
      CREATE INDEX dyad_fetch_order ON "${schema}".job (name, priority DESC, created_on, id) WHERE state < 'active';
    END IF;
  END $$`;
}

/**
 * pg-boss's createQueue, run by several workers at once on a new queue, can deadlock in the server
 * (seen: 1 start in 4 of three at once); PostgreSQL aborts one side, and that side tries again.
 */
async function againOnDeadlock(step: () => Promise<unknown>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= tries) throw err;
      await sleep(Math.random() * 50 * attempt);
    }
  }
}

/**
 * Connects to the ingest queue at `url`, creating pg-boss's tables and the queue when missing. Job
 * settings (timeout, retries) live on the queue, so every worker on every machine uses the same.
 */
export async function openQueue(url: string, options: OpenQueueOptions = {}): Promise<IngestQueue> {
  const target = queueTarget(url);
  const schema = options.schema ?? target.schema;
  const where = redactUrl(url);
  const supervise = options.supervise ?? false;
  let jobTimeout = options.jobTimeout ?? DEFAULT_JOB_TIMEOUT;
  const make = (maintenanceIntervalSeconds: number): PgBoss =>
    new PgBoss({ connectionString: target.connection, schema, max: 4, application_name: 'dyad', supervise, schedule: false, migrate: true, maintenanceIntervalSeconds });
  // A worker checks for expired jobs a few times per timeout, so a dead worker's documents come back soon after it.
  const upkeep = (timeout: number): number => Math.min(60, Math.max(1, Math.floor(timeout / 4)));
  let boss = make(upkeep(jobTimeout));
  // pg-boss reports connection trouble as events; without a listener, Node would end the process.
  boss.on('error', () => undefined);
  try {
    await boss.start();
    const settings = { name: QUEUE_NAME, policy: 'standard' as const, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY, retryBackoff: true, expireInSeconds: jobTimeout };
    // Before the queue's partition exists: an index made on the parent is made on every partition to come.
    await boss.getDb().executeSql(fetchOrderIndex(schema), []);
    await againOnDeadlock(() => boss.createQueue(QUEUE_NAME, settings));
    if (options.jobTimeout !== undefined) await boss.updateQueue(QUEUE_NAME, settings);
    else jobTimeout = (await boss.getQueue(QUEUE_NAME))?.expireInSeconds ?? jobTimeout;
    if (supervise && options.jobTimeout === undefined && upkeep(jobTimeout) !== upkeep(DEFAULT_JOB_TIMEOUT)) {
      // The queue's own timeout was only known once connected: start again with upkeep to match it.
      await boss.stop({ graceful: false });
      boss = make(upkeep(jobTimeout));
      boss.on('error', () => undefined);
      await boss.start();
    }
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw queueError(where, err);
  }
  const started = boss;
  return {
    boss: started,
    schema,
    where,
    jobTimeout,
    close: () => started.stop({ graceful: false }),
  };
}

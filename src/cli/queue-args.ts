import { usageError } from '../errors.js';
import { DEFAULT_QUEUE_SCHEMA, isQueueSchema } from '../queue/open-queue.js';
import { isServerUrl } from '../store/open-store.js';

export const QUEUE_SCHEMA_OPTION = {
  'queue-schema': {
    type: 'string',
    arg: 'NAME',
    help: `the PostgreSQL schema the queue lives in; workers and ingest must agree (default: ${DEFAULT_QUEUE_SCHEMA}, or S_queue for a URL ending in ?schema=S)`,
  },
} as const;

/** A postgres:// URL for --queue, or a usage error naming the flag. */
export function requireQueueUrl(value: string, flag = '--queue'): string {
  if (!isServerUrl(value)) throw usageError(`${flag} wants a PostgreSQL URL (postgres://user@host/db), not "${value}"`);
  return value;
}

/** The --queue-schema given, checked; undefined leaves the choice to the queue URL. */
export function requireQueueSchema(value: string | undefined): string | undefined {
  if (value !== undefined && !isQueueSchema(value)) throw usageError(`--queue-schema "${value}": a schema name is lower-case letters, digits and _ (at most 50), not starting with a digit`);
  return value;
}

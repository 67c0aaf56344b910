import { usageError } from '../errors.js';
import { DEFAULT_QUEUE_SCHEMA, isQueueSchema } from '../queue/open-queue.js';
import { isServerUrl } from '../store/open-store.js';

export const QUEUE_SCHEMA_OPTION = {
  'queue-schema': { type: 'string', default: DEFAULT_QUEUE_SCHEMA, arg: 'NAME', help: 'the PostgreSQL schema the queue lives in; workers and ingest must agree' },
} as const;

/** A postgres:// URL for --queue, or a usage error naming the flag. */
export function requireQueueUrl(value: string, flag = '--queue'): string {
  if (!isServerUrl(value)) throw usageError(`${flag} wants a PostgreSQL URL (postgres://user@host/db), not "${value}"`);
  return value;
}

export function requireQueueSchema(value: string): string {
  if (!isQueueSchema(value)) throw usageError(`--queue-schema "${value}": a schema name is lower-case letters, digits and _ (at most 50), not starting with a digit`);
  return value;
}

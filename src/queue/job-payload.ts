import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { IngestTask } from '../ingest/expand-inputs.js';
import { MAX_DOCUMENT_BYTES } from '../io/limits.js';
import type { RawDocument } from '../types/index.js';

/**
 * What a queued document carries: its bytes (gzipped, base64), so that a worker on another machine
 * needs neither the enqueuer's files nor its network, and what the pipeline needs besides.
 */
const JobData = z.object({
  input: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  contentType: z.string().nullable(),
  fetched: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  body: z.string(),
});
export type JobData = z.infer<typeof JobData>;

/**
 * The job id of a document: from the hash of its bytes, so that the same document queued twice is one
 * job (pg-boss inserts with ON CONFLICT DO NOTHING on the id). The store dedups on the same hash.
 */
export function jobIdOf(sha256: string): string {
  return `${sha256.slice(0, 8)}-${sha256.slice(8, 12)}-${sha256.slice(12, 16)}-${sha256.slice(16, 20)}-${sha256.slice(20, 32)}`;
}

export function toJob(doc: RawDocument, published: string | null): { id: string; data: JobData } {
  const sha256 = createHash('sha256').update(doc.bytes).digest('hex');
  return {
    id: jobIdOf(sha256),
    data: {
      input: doc.input,
      published,
      url: doc.url,
      contentType: doc.contentType,
      fetched: doc.fetched ?? null,
      sha256,
      body: gzipSync(doc.bytes).toString('base64'),
    },
  };
}

/** The ingest task of a job; throws when the job was not made by `toJob` or its bytes do not match their hash. */
export function fromJob(data: unknown): IngestTask {
  const job = JobData.parse(data);
  const bytes = new Uint8Array(gunzipSync(Buffer.from(job.body, 'base64'), { maxOutputLength: MAX_DOCUMENT_BYTES }));
  if (createHash('sha256').update(bytes).digest('hex') !== job.sha256) throw new Error('the queued bytes do not match their hash');
  const doc: RawDocument = { input: job.input, bytes, url: job.url, contentType: job.contentType, fetched: job.fetched };
  return { kind: 'document', doc, published: job.published };
}

/** The input a job names, for messages, even when the rest of it is unreadable. */
export function inputOfJob(data: unknown): string {
  const input = (data as { input?: unknown } | null)?.input;
  return typeof input === 'string' ? input : '(a job without an input)';
}

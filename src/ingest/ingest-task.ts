import { createHash } from 'node:crypto';
import { DyadError } from '../errors.js';
import { readInput } from '../io/read-input.js';
import { processDocument, type ProcessOptions } from '../pipeline.js';
import type { Article, CodedArticle } from '../types/index.js';
import { inputOf, type IngestTask } from './expand-inputs.js';

export type TaskResult =
  | { status: 'done'; input: string; article: Article; coded: CodedArticle }
  | { status: 'skipped'; input: string }
  | { status: 'failed'; input: string; reason: string };

/**
 * Reads, extracts and codes one document. Runs in a worker thread; `seen` tells whether these exact
 * bytes are already in the store, so that a second run of the same ingest skips them cheaply.
 */
export async function runIngestTask(task: IngestTask, seen: (sha256: string) => boolean | Promise<boolean>, options: ProcessOptions = {}): Promise<TaskResult> {
  const input = inputOf(task);
  try {
    const doc = task.kind === 'path' ? await readInput(task.input) : task.doc;
    if (await seen(createHash('sha256').update(doc.bytes).digest('hex'))) return { status: 'skipped', input };
    const { article, coded } = processDocument(doc, { ...options, published: task.published });
    return { status: 'done', input, article, coded };
  } catch (err) {
    if (err instanceof DyadError) {
      const reason = err.message.startsWith(`${input}: `) ? err.message.slice(input.length + 2) : err.message;
      return { status: 'failed', input, reason };
    }
    // A bug on one document must not stop a corpus: report it like a bad document.
    return { status: 'failed', input, reason: `internal error: ${(err as Error).message}` };
  }
}

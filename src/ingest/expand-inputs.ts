import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { DyadError } from '../errors.js';
import { readInput } from '../io/read-input.js';
import type { RawDocument } from '../types/index.js';
import { looksLikeFeed, parseFeed } from './parse-feed.js';
import { readWarc } from './read-warc.js';

/** One unit of ingest work: a document to read in a worker, bytes already read, or an input that failed. */
export type IngestItem =
  | { kind: 'path'; input: string; published: string | null }
  | { kind: 'document'; doc: RawDocument; published: string | null }
  | { kind: 'failed'; input: string; reason: string };

const DOCUMENT_FILE = /\.(html?|xhtml|txt|text|md|gz)$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const FEED_FILE = /\.(rss|atom|xml)$/i;

function failed(input: string, err: unknown): IngestItem {
  if (err instanceof DyadError) return { kind: 'failed', input, reason: err.message.startsWith(`${input}: `) ? err.message.slice(input.length + 2) : err.message };
  return { kind: 'failed', input, reason: (err as Error).message };
}

/**
 * Turns what the user named (files, folders, globs, URLs, feeds, WARC files) into documents, lazily,
 * so that a corpus of any size streams through in constant memory.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<IngestItem> {
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      yield* expandUrl(arg);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      if (/[*?[\]{}]/.test(arg)) {
        const matches = (await glob(arg, { onlyFiles: true, dot: false, absolute: isAbsolute(arg) })).sort();
        if (matches.length === 0) yield { kind: 'failed', input: arg, reason: 'no files match this pattern' };
        for (const path of matches) yield* expandFile(path);
      } else {
        yield { kind: 'failed', input: arg, reason: 'no such file or folder' };
      }
      continue;
    }
    if (info.isDirectory()) yield* expandFolder(arg);
    else yield* expandFile(arg);
  }
}

async function* expandFolder(dir: string): AsyncGenerator<IngestItem> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* expandFolder(path);
    else if (entry.isFile() && (DOCUMENT_FILE.test(entry.name) || WARC_FILE.test(entry.name) || FEED_FILE.test(entry.name))) yield* expandFile(path);
  }
}

async function* expandFile(path: string): AsyncGenerator<IngestItem> {
  if (WARC_FILE.test(path)) {
    try {
      for await (const doc of readWarc(path)) yield { kind: 'document', doc, published: null };
    } catch (err) {
      yield { kind: 'failed', input: path, reason: `not a readable WARC file (${(err as Error).message})` };
    }
    return;
  }
  if (FEED_FILE.test(path)) {
    try {
      const xml = await readFile(path, 'utf8');
      if (looksLikeFeed(xml)) {
        yield* feedItems(path, xml);
        return;
      }
    } catch (err) {
      yield failed(path, err);
      return;
    }
  }
  yield { kind: 'path', input: path, published: null };
}

async function* expandUrl(url: string): AsyncGenerator<IngestItem> {
  let doc: RawDocument;
  try {
    doc = await readInput(url);
  } catch (err) {
    yield failed(url, err);
    return;
  }
  const head = new TextDecoder().decode(doc.bytes.subarray(0, 4096));
  if (looksLikeFeed(head, doc.contentType)) {
    yield* feedItems(url, new TextDecoder().decode(doc.bytes));
    return;
  }
  yield { kind: 'document', doc, published: null };
}

async function* feedItems(input: string, xml: string): AsyncGenerator<IngestItem> {
  let items;
  try {
    items = parseFeed(xml);
  } catch (err) {
    yield { kind: 'failed', input, reason: `not a readable feed (${(err as Error).message})` };
    return;
  }
  if (items.length === 0) yield { kind: 'failed', input, reason: 'the feed has no items with links' };
  for (const item of items) {
    try {
      const doc = await readInput(item.url);
      yield { kind: 'document', doc, published: item.published };
    } catch (err) {
      yield failed(item.url, err);
    }
  }
}

export type IngestTask = Exclude<IngestItem, { kind: 'failed' }>;

/** The input a task came from, as the user named it (a WARC record names its own). */
export function inputOf(task: IngestTask): string {
  return task.kind === 'path' ? task.input : task.doc.input;
}

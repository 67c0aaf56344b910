import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { DyadError } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../io/limits.js';
import { readFileCapped } from '../io/read-file-capped.js';
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
export async function* expandInputs(args: readonly string[], options: { allowPrivate?: boolean } = {}): AsyncGenerator<IngestItem> {
  const read = (url: string): Promise<RawDocument> => readInput(url, { allowPrivate: options.allowPrivate ?? false });
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      yield* expandUrl(arg, read);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      if (/[*?[\]{}]/.test(arg)) {
        const matches = (await glob(arg, { onlyFiles: true, dot: false, absolute: isAbsolute(arg) })).sort();
        if (matches.length === 0) yield { kind: 'failed', input: arg, reason: 'no files match this pattern' };
        for (const path of matches) yield* expandFile(path, read);
      } else {
        yield { kind: 'failed', input: arg, reason: 'no such file or folder' };
      }
      continue;
    }
    if (info.isDirectory()) yield* expandFolder(arg, read);
    else yield* expandFile(arg, read);
  }
}

/** Reads an http(s) URL under the user's rule for private addresses. */
type ReadUrl = (url: string) => Promise<RawDocument>;

async function* expandFolder(dir: string, read: ReadUrl): AsyncGenerator<IngestItem> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* expandFolder(path, read);
    else if (entry.isFile() && (DOCUMENT_FILE.test(entry.name) || WARC_FILE.test(entry.name) || FEED_FILE.test(entry.name))) yield* expandFile(path, read);
  }
}

async function* expandFile(path: string, read: ReadUrl): AsyncGenerator<IngestItem> {
  if (WARC_FILE.test(path)) {
    try {
      for await (const doc of readWarc(path)) yield 'error' in doc ? failed(doc.input, doc.error) : { kind: 'document', doc, published: null };
    } catch (err) {
      yield { kind: 'failed', input: path, reason: `not a readable WARC file (${(err as Error).message})` };
    }
    return;
  }
  if (FEED_FILE.test(path)) {
    try {
      const xml = new TextDecoder().decode(await readFileCapped(path, MAX_DOCUMENT_BYTES));
      if (looksLikeFeed(xml)) {
        yield* feedItems(path, xml, null, read);
        return;
      }
    } catch (err) {
      yield failed(path, err);
      return;
    }
  }
  yield { kind: 'path', input: path, published: null };
}

async function* expandUrl(url: string, read: ReadUrl): AsyncGenerator<IngestItem> {
  let doc: RawDocument;
  try {
    doc = await read(url);
  } catch (err) {
    yield failed(url, err);
    return;
  }
  const head = new TextDecoder().decode(doc.bytes.subarray(0, 4096));
  if (looksLikeFeed(head, doc.contentType)) {
    yield* feedItems(url, new TextDecoder().decode(doc.bytes), doc.url ?? url, read);
    return;
  }
  yield { kind: 'document', doc, published: null };
}

/**
 * The documents a feed links to. Links resolve against the feed's own URL (none for a feed file), and
 * only to http(s): a feed from the network must not name a file on this machine.
 */
async function* feedItems(input: string, xml: string, base: string | null, read: ReadUrl): AsyncGenerator<IngestItem> {
  let items;
  try {
    items = parseFeed(xml);
  } catch (err) {
    yield { kind: 'failed', input, reason: `not a readable feed (${(err as Error).message})` };
    return;
  }
  if (items.length === 0) yield { kind: 'failed', input, reason: 'the feed has no items with links' };
  for (const item of items) {
    const url = URL.parse(item.url, base ?? undefined);
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      yield { kind: 'failed', input: item.url, reason: `a link in the feed ${input} that is not an http(s) URL` };
      continue;
    }
    try {
      const doc = await read(url.href);
      yield { kind: 'document', doc, published: item.published };
    } catch (err) {
      yield failed(url.href, err);
    }
  }
}

export type IngestTask = Exclude<IngestItem, { kind: 'failed' }>;

/** The input a task came from, as the user named it (a WARC record names its own). */
export function inputOf(task: IngestTask): string {
  return task.kind === 'path' ? task.input : task.doc.input;
}

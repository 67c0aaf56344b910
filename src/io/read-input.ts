import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';
import { fetchUrl } from './fetch-url.js';
import { gunzipCapped, isGzip } from './gunzip-capped.js';
import { MAX_DOCUMENT_BYTES, tooLargeError } from './limits.js';
import { readFileCapped } from './read-file-capped.js';
import { readStreamCapped } from './read-stream-capped.js';

export interface ReadInputOptions {
  /** Largest document in bytes, after decompression. Default MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
  /** Time limit for a URL, redirects and body included. Default 20 s. */
  timeoutMs?: number;
  /** Redirects followed for a URL. Default 5. */
  maxRedirects?: number;
  /** Read URLs on loopback, link-local and private addresses too (--allow-private). Default false. */
  allowPrivate?: boolean;
  /** What "-" reads. Default process.stdin. */
  stdin?: AsyncIterable<unknown>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/**
 * Reads a path, "-" for stdin, or an http(s) URL into a RawDocument. Gzip is undone transparently
 * (a ".gz" name or the gzip magic bytes). Every way in is capped at `maxBytes`.
 */
export async function readInput(input: string, options: ReadInputOptions = {}): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (isUrl(input)) {
    const doc = await fetchUrl(input, {
      maxBytes,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      allowPrivate: options.allowPrivate ?? false,
    });
    // fetch already undid any Content-Encoding; these are gzip files served as such.
    if (isGzip(doc.bytes)) return { ...doc, bytes: gunzipCapped(input, doc.bytes, maxBytes), contentType: null };
    return doc;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw inputError(input, 'unsupported URL scheme (only http and https)');
  let bytes: Uint8Array;
  if (input === '-') {
    const read = await readStreamCapped(options.stdin ?? process.stdin, maxBytes);
    if (read === null) throw tooLargeError(input, null, maxBytes);
    bytes = read;
  } else {
    bytes = await readFileCapped(input, maxBytes);
  }
  if (input.endsWith('.gz') || isGzip(bytes)) bytes = gunzipCapped(input, bytes, maxBytes);
  return { input, bytes, url: null, contentType: null };
}

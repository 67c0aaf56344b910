import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { MAX_DOCUMENT_BYTES, tooLargeError } from '../io/limits.js';
import type { DyadError } from '../errors.js';
import type { RawDocument } from '../types/index.js';

/**
 * The HTML and text responses of a WARC file (.warc or .warc.gz), one RawDocument each; a record
 * over `maxBytes` (declared, or once decoded) is an error in its place, and the file goes on.
 */
export async function* readWarc(path: string, maxBytes = MAX_DOCUMENT_BYTES): AsyncGenerator<RawDocument | { input: string; error: DyadError }> {
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const contentType = record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type') ?? null;
    if (contentType && !/text\/(html|plain)|xhtml/i.test(contentType)) continue;
    const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : undefined;
    if (status !== undefined && (status < 200 || status >= 300)) continue;
    const url = record.warcTargetURI ?? null;
    const input = `${path}#${url ?? 'record'}`;
    // The parser skips what is left of a record it is not read to the end.
    if (record.warcContentLength > maxBytes) {
      yield { input, error: tooLargeError(input, record.warcContentLength, maxBytes) };
      continue;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Read chunk by chunk: a record's Content-Encoding can inflate it far past its stored length.
    for await (const chunk of record) {
      total += chunk.byteLength;
      if (total > maxBytes) break;
      chunks.push(chunk);
    }
    yield total > maxBytes ? { input, error: tooLargeError(input, null, maxBytes) } : { input, bytes: Buffer.concat(chunks, total), url, contentType };
  }
}

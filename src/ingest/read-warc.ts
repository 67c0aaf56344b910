import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { RawDocument } from '../types/index.js';

/** The HTML and text responses of a WARC file (.warc or .warc.gz), one RawDocument each. */
export async function* readWarc(path: string): AsyncGenerator<RawDocument> {
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const contentType = record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type') ?? null;
    if (contentType && !/text\/(html|plain)|xhtml/i.test(contentType)) continue;
    const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : undefined;
    if (status !== undefined && (status < 200 || status >= 300)) continue;
    const url = record.warcTargetURI ?? null;
    const bytes = await record.readFully(true);
    yield { input: `${path}#${url ?? 'record'}`, bytes, url, contentType };
  }
}

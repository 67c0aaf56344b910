import { gunzipSync } from 'node:zlib';
import { inputError } from '../errors.js';
import { tooLargeError } from './limits.js';

const GZIP_MAGIC = [0x1f, 0x8b];

/** True when the bytes start like a gzip stream, whatever the file is called. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Decompresses gzip without ever holding more than `maxBytes` of output (a zip bomb stops early). */
export function gunzipCapped(input: string, bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooLargeError(input, null, maxBytes);
    throw inputError(input, 'not a valid gzip file');
  }
}

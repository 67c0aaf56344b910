import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';

/** Reads a path ("-" for stdin, ".gz" transparently) into a RawDocument. */
export async function readInput(input: string): Promise<RawDocument> {
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin() : await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError(input, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(err)})`);
  }
  if (input.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw inputError(input, 'not a valid gzip file');
    }
  }
  return { input, bytes, url: null, contentType: null };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

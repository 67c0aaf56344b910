import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { inputError } from '../errors.js';
import { tooLargeError } from './limits.js';
import { readStreamCapped } from './read-stream-capped.js';

/** Reads a file, refusing one larger than `maxBytes` before reading a byte of it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw inputError(path, 'is a directory');
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLargeError(path, info.size, maxBytes);
      return await readFile(path);
    }
    // A pipe or device has no size to check up front (think /dev/zero): read it with a cap.
    const bytes = await readStreamCapped(createReadStream(path), maxBytes);
    if (bytes === null) throw tooLargeError(path, null, maxBytes);
    return bytes;
  } catch (err) {
    throw fileError(path, err);
  }
}

function fileError(path: string, err: unknown): Error {
  if (!(err instanceof Error) || !('code' in err)) return err as Error;
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return inputError(path, 'no such file');
    case 'EISDIR':
      return inputError(path, 'is a directory');
    case 'EACCES':
    case 'EPERM':
      return inputError(path, 'permission denied');
    case 'ENOTDIR':
      return inputError(path, 'no such file (a part of the path is not a directory)');
    case 'ENAMETOOLONG':
      return inputError(path, 'file name too long');
    default:
      return inputError(path, `cannot read (${code ?? err.message})`);
  }
}

import { DyadError } from '../errors.js';
import { OutputClosed } from './write-stdout.js';
import type { CliIO } from './io.js';

/**
 * Runs `work` on each input in turn, in this one process. A failing input is reported on stderr in
 * one line and the batch goes on; the exit status is 1 when any input failed. An error that is not a
 * DyadError is a bug (ours or a library's) on that one document: it is reported the same way.
 */
export async function forEachInput(
  inputs: string[],
  io: CliIO,
  work: (input: string, emit: (record: object) => void) => Promise<void>,
): Promise<number> {
  let failed = 0;
  const tagged = inputs.length > 1;
  for (const input of inputs) {
    const emit = (record: object): void => {
      io.stdout.write(JSON.stringify(tagged ? { input, ...record } : record) + '\n');
    };
    try {
      await work(input, emit);
    } catch (err) {
      if ((err instanceof DyadError && err.kind === 'usage') || err instanceof OutputClosed) throw err;
      failed++;
      const message = err instanceof DyadError ? err.message : `${input}: internal error (${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')})`;
      io.stderr.write(`dyad: ${message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

import { DyadError } from '../errors.js';
import type { CliIO } from './io.js';

/**
 * Runs `work` on each input in turn, in this one process. A failing input is reported on stderr in
 * one line and the batch goes on; the exit status is 1 when any input failed.
 * Errors that are not DyadErrors are bugs and propagate.
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
      if (!(err instanceof DyadError) || err.kind !== 'input') throw err;
      failed++;
      io.stderr.write(`dyad: ${err.message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

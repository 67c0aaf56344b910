import { writeSync } from 'node:fs';

/** The reader of standard output went away (`dyad events | head`): the command stops, quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('standard output closed');
    this.name = 'OutputClosed';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes to file descriptor 1 synchronously, so that a closed pipe is seen at the write that hit it
 * (as an OutputClosed thrown into the command's loop) rather than as an 'error' event after the
 * loop has gone on over millions of events.
 */
export function writeStdout(chunk: string): void {
  let buffer = Buffer.from(chunk);
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(1, buffer));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed();
      // A non-blocking descriptor (inherited from a parent) that is full: wait for the reader.
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

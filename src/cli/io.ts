/** Where a command writes. Tests pass in-memory streams. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

export interface Command {
  name: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}

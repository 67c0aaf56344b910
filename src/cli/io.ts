/** Where a command writes. Tests pass in-memory streams. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/** One option of a command: what node:util parseArgs reads, plus the words of its help. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean | string[];
  multiple?: boolean;
  /** The value's name in help texts: PATH, N, YYYY-MM-DD. */
  arg?: string;
  help: string;
}

export interface Command {
  name: string;
  usage: string;
  options: Readonly<Record<string, OptionSpec>>;
  examples: readonly string[];
  run(args: string[], io: CliIO): Promise<number> | number;
}

/**
 * Errors the program expects: bad input or bad usage. Everything else is a bug.
 * They become exit codes in one place only, src/cli/main.ts (and HTTP statuses in the server).
 */
export type DyadErrorKind = 'input' | 'usage';

export class DyadError extends Error {
  constructor(
    readonly kind: DyadErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DyadError';
  }
}

/** A document that cannot be processed; the message names the input and the reason. */
export function inputError(input: string, reason: string): DyadError {
  return new DyadError('input', `${input}: ${reason}`);
}

export function usageError(message: string): DyadError {
  return new DyadError('usage', message);
}

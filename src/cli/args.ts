import { usageError } from '../errors.js';

export function requireInputs(positionals: string[], usage: string): string[] {
  if (positionals.length === 0) throw usageError(`no input given\nusage: ${usage}`);
  return positionals;
}

import { usageError } from '../errors.js';

export function requireInputs(positionals: string[], usage: string): string[] {
  if (positionals.length === 0) throw usageError(`no input given\nusage: ${usage}`);
  return positionals;
}

export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`${flag} expects YYYY-MM-DD, got "${value}"`);
  return value;
}

import { usageError } from './errors.js';

/** A YYYY-MM-DD option value, from a flag or a query parameter; anything else is bad usage. */
export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`${flag} expects YYYY-MM-DD, got "${value}"`);
  return value;
}

import { usageError } from '../errors.js';

/** A flag's value from a fixed set of words, or a usage error that lists them. */
export function oneOf<const T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`${flag} expects ${allowed.slice(0, -1).join(', ')}${allowed.length > 1 ? ' or ' : ''}${allowed.at(-1) ?? ''}, got "${value}"`);
}

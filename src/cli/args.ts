import { usageError } from '../errors.js';

export function requireInputs(positionals: string[], usage: string): string[] {
  if (positionals.length === 0) throw usageError(`no input given\nusage: ${usage}`);
  return positionals;
}

export const ACTORS_OPTION = {
  actors: { type: 'string', multiple: true, default: [] as string[], arg: 'FILE', help: 'a PETRARCH actor dictionary to add' },
} as const;

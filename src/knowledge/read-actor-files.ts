import { readFileSync } from 'node:fs';
import { inputError } from '../errors.js';
import { createActorDictionary, phoenixActors, phoenixAgents } from './actor-dictionary.js';
import type { ActorDictionary } from './types.js';

/**
 * The dictionary for `--actors FILE…`: ours (over Phoenix's) plus the users' PETRARCH actor dictionaries, or
 * undefined for ours alone. A missing file or a bad line is an input error naming the file.
 */
export function readActorFiles(paths: readonly string[]): ActorDictionary | undefined {
  if (paths.length === 0) return undefined;
  const extra = paths.map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (err) {
      throw inputError(name, `cannot read the actor dictionary (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  });
  return createActorDictionary({ extra, base: phoenixActors(), baseAgents: phoenixAgents() });
}

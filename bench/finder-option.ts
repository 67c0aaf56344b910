import type { ArgumentFinder } from '../src/code/argument-finder.js';
import { windowFinder } from '../src/code/patterns.js';
import { treeFinder, withFallback } from '../src/code/tree-finder.js';

/** The argument finders a bench can compare: `--finder window|tree|hybrid` (the coder's default when absent). */
export function finderOption(name: string | undefined): ArgumentFinder | undefined {
  switch (name) {
    case undefined: return undefined;
    case 'window': return windowFinder;
    case 'tree': return treeFinder;
    case 'hybrid': return withFallback(treeFinder, windowFinder);
    default: throw new Error(`--finder takes window, tree or hybrid, got "${name}"`);
  }
}

import { parseSentence } from './parse-sentence.js';
import type { Parse } from './parse-words.js';

/**
 * Longest sentence that gets a real parse. Real sentences are shorter; a longer run (a table, a list
 * or a text without punctuation, cut by annotate at 1,000 tokens) gets a cheap flat tree instead:
 * every word attached to the first as `dep`. That keeps the parser in the lengths it learnt from
 * and annotate linear and fast on such input.
 */
export const MAX_PARSE_TOKENS = 150;

/** The flat fallback tree of n words (see MAX_PARSE_TOKENS). */
export function flatTree(n: number): Pick<Parse, 'head' | 'rel'> {
  return {
    head: Array.from({ length: n }, (_, i) => (i === 0 ? -1 : 0)),
    rel: Array.from({ length: n }, (_, i) => (i === 0 ? 'root' : 'dep')),
  };
}

/** parseSentence, or for more than MAX_PARSE_TOKENS words the flat tree (UPOS "X"). */
export function parseTokens(words: readonly string[]): Parse {
  if (words.length <= MAX_PARSE_TOKENS) return parseSentence(words);
  return { upos: words.map(() => 'X'), ...flatTree(words.length) };
}

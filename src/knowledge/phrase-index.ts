import { foldCode, isUpperCode, isWordCode, readKey } from './normalise-name.js';

/**
 * Phrases indexed by their first word (see readKey), matched at a given offset of a text. Each
 * call folds only the characters it compares, so a lookup costs one Map access plus a few short
 * comparisons, whatever the size of the dictionary.
 */
export class PhraseIndex<T> {
  private readonly buckets = new Map<string, Phrase<T>[]>();
  private sorted = true;

  /**
   * caseSensitive: every capital of `name` must be a capital in the text too ("Chad" not
   * "chad"); other letters match in any case. Names without lower-case letters ("US", "NATO")
   * are always case-sensitive.
   */
  add(name: string, value: T, caseSensitive: boolean): void {
    // Acronyms keep their capitals whatever the caller says: "US" must not match "us".
    const acronym = /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
    const phrase = compile<T>(name, caseSensitive || acronym);
    if (phrase === null) return;
    let bucket = this.buckets.get(phrase.key);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(phrase.key, bucket);
    }
    const same = bucket.find((p) => p.folded === phrase.folded && samePattern(p, phrase));
    if (same !== undefined) {
      if (!same.values.includes(value)) same.values.push(value);
    } else {
      phrase.values.push(value);
      bucket.push(phrase);
      this.sorted = false;
    }
  }

  get size(): number {
    let n = 0;
    for (const bucket of this.buckets.values()) n += bucket.length;
    return n;
  }

  /**
   * Tries the phrases that match at `start`, longest first, and returns the first non-null result
   * of `accept`. A phrase matches when it ends at a word boundary; `start` must not be inside a
   * word.
   */
  find<R>(text: string, start: number, accept: (values: readonly T[], end: number) => R | null): R | null {
    if (start < 0 || start >= text.length) return null;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return null;
    const key = readKey(text, start);
    if (key === null) return null;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return null;
    if (!this.sorted) this.sortAll();
    for (const phrase of bucket) {
      const end = matchPhrase(phrase, text, start);
      if (end < 0) continue;
      const result = accept(phrase.values, end);
      if (result !== null) return result;
    }
    return null;
  }

  private sortAll(): void {
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
    this.sorted = true;
  }
}

interface Phrase<T> {
  key: string;
  /** Folded name, single spaces. */
  folded: string;
  /** Per unit of `folded`: must the text have a capital here. */
  upper: boolean[] | null;
  values: T[];
}

function samePattern<T>(a: Phrase<T>, b: Phrase<T>): boolean {
  if (a.upper === null || b.upper === null) return a.upper === b.upper;
  return a.upper.every((u, i) => u === b.upper?.[i]);
}

function compile<T>(name: string, caseSensitive: boolean): Phrase<T> | null {
  let folded = '';
  const upper: boolean[] = [];
  let anyUpper = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const f = foldCode(code);
    if (f === ' ') {
      if (folded === '' || folded.endsWith(' ')) continue;
    }
    if (f === '') continue;
    const up = caseSensitive && isUpperCode(code);
    anyUpper ||= up;
    for (let k = 0; k < f.length; k++) {
      upper.push(up && k === 0);
    }
    folded += f;
  }
  while (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    upper.pop();
  }
  if (folded === '') return null;
  const key = readKey(folded, 0);
  if (key === null) return null;
  return { key, folded, upper: anyUpper ? upper : null, values: [] };
}

/** The end offset of the phrase matched at `start`, or -1. */
function matchPhrase<T>(phrase: Phrase<T>, text: string, start: number): number {
  const { folded, upper } = phrase;
  let i = 0;
  let j = start;
  const n = text.length;
  while (i < folded.length) {
    if (j >= n) return -1;
    const want = folded.charCodeAt(i);
    const code = text.charCodeAt(j);
    if (want === 32) {
      // A space in the name stands for any run of spaces in the text.
      if (foldCode(code) !== ' ') return -1;
      j++;
      while (j < n && foldCode(text.charCodeAt(j)) === ' ') j++;
      i++;
      continue;
    }
    if (code < 128) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      if (lower !== want) return -1;
      if (upper !== null && upper[i] === true && !(code >= 65 && code <= 90)) return -1;
      i++;
      j++;
      continue;
    }
    const f = foldCode(code);
    if (f === '') {
      j++;
      continue;
    }
    if (!folded.startsWith(f, i)) return -1;
    if (upper !== null && upper[i] === true && !isUpperCode(code)) return -1;
    i += f.length;
    j++;
  }
  // Skip combining marks that belong to the last letter.
  while (j < n && foldCode(text.charCodeAt(j)) === '' && isWordCode(text.charCodeAt(j))) j++;
  if (j < n && isWordCode(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j - 1))) return -1;
  return j;
}

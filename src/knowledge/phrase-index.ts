import { foldCode, isUpperCode, isWordCode, readKey } from './normalise-name.js';

/**
 * Phrases indexed by their first word (see readKey), matched at a given offset of a text. Each
 * call folds only the characters it compares, so a lookup costs one Map access plus a few short
 * comparisons, whatever the size of the dictionary.
 */
export class PhraseIndex<T> {
  private readonly buckets = new Map<string, Phrase<T>[]>();
  private readonly byPattern = new Map<string, Phrase<T>>();
  private sorted = true;

  /** order: how the values of one phrase are kept (best first); insertion order when absent. */
  constructor(private readonly order?: (a: T, b: T) => number) {}

  /**
   * caseSensitive: every capital of `name` must be a capital in the text too ("Chad" not
   * "chad"); other letters match in any case. Names without lower-case letters ("US", "NATO")
   * are always case-sensitive.
   */
  add(name: string, value: T, caseSensitive: boolean): void {
    // Acronyms keep their capitals whatever the caller says: "US" must not match "us".
    const acronym = name !== name.toLowerCase() && name === name.toUpperCase();
    const phrase = compile<T>(name, caseSensitive || acronym);
    if (phrase === null) return;
    const pattern = `${phrase.folded}\u0000${phrase.upper ?? ''}`;
    const same = this.byPattern.get(pattern);
    if (same !== undefined) {
      if (!same.values.includes(value)) {
        same.values.push(value);
        if (this.order !== undefined) same.values.sort(this.order);
      }
      return;
    }
    phrase.values.push(value);
    this.byPattern.set(pattern, phrase);
    let bucket = this.buckets.get(phrase.key);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(phrase.key, bucket);
    }
    bucket.push(phrase);
    this.sorted = false;
  }

  get size(): number {
    return this.byPattern.size;
  }

  /**
   * Tries the phrases that match at `start`, longest first, and returns the first non-null result
   * of `accept` (given `context`, so callers need no closure per call). A phrase matches when it ends at a word boundary; `start` must not be inside a
   * word.
   */
  find<C, R>(text: string, start: number, context: C, accept: (values: readonly T[], end: number, context: C) => R | null): R | null {
    if (start < 0 || start >= text.length) return null;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return null;
    const key = keyAt(text, start);
    if (key === null) return null;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return null;
    if (!this.sorted) this.sortAll();
    for (const phrase of bucket) {
      const end = matchPhrase(phrase, text, start);
      if (end < 0) continue;
      const result = accept(phrase.values, end, context);
      if (result !== null) return result;
    }
    return null;
  }

  private sortAll(): void {
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
    this.sorted = true;
  }
}

// The dictionaries (actors, roles, non-actors) look up the same offset one after the other: the
// key read last is kept, so that each offset is folded once.
let lastText = '';
let lastStart = -1;
let lastKey: string | null = null;

function keyAt(text: string, start: number): string | null {
  if (start !== lastStart || text !== lastText) {
    lastKey = readKey(text, start);
    lastText = text;
    lastStart = start;
  }
  return lastKey;
}

interface Phrase<T> {
  key: string;
  /** Folded name, single spaces. */
  folded: string;
  /** Per unit of `folded`, "1" where the text must have a capital; null when none must. */
  upper: string | null;
  values: T[];
}

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function compile<T>(name: string, caseSensitive: boolean): Phrase<T> | null {
  if (PLAIN_ASCII.test(name)) {
    // Fast path for the common case: ASCII, single spaces; folding is lower-casing.
    const folded = name.toLowerCase();
    const key = readKey(folded, 0);
    if (key === null) return null;
    let upper: string | null = null;
    if (caseSensitive && folded !== name) {
      const marks: string[] = [];
      for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        marks.push(c >= 65 && c <= 90 ? '1' : '0');
      }
      upper = marks.join('');
    }
    return { key, folded, upper, values: [] };
  }
  let folded = '';
  let upper = '';
  let anyUpper = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const f = foldCode(code);
    if (f === '') continue;
    if (f === ' ' && (folded === '' || folded.endsWith(' '))) continue;
    const up = caseSensitive && isUpperCode(code);
    anyUpper ||= up;
    upper += (up ? '1' : '0') + '0'.repeat(f.length - 1);
    folded += f;
  }
  while (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    upper = upper.slice(0, -1);
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
      // A space in the name stands for any run of spaces in the text, within one paragraph.
      if (foldCode(code) !== ' ') return -1;
      let newlines = 0;
      while (j < n && foldCode(text.charCodeAt(j)) === ' ') {
        if (text.charCodeAt(j) === 10) newlines++;
        j++;
      }
      if (newlines > 1) return -1;
      i++;
      continue;
    }
    if (code < 128) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      if (lower !== want) return -1;
      if (upper !== null && upper.charCodeAt(i) === 49 && !(code >= 65 && code <= 90)) return -1;
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
    if (upper !== null && upper.charCodeAt(i) === 49 && !isUpperCode(code)) return -1;
    i += f.length;
    j++;
  }
  // Skip combining marks that belong to the last letter.
  while (j < n && foldCode(text.charCodeAt(j)) === '' && isWordCode(text.charCodeAt(j))) j++;
  if (j < n && isWordCode(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j - 1))) return -1;
  return j;
}

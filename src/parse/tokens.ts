import { hashString } from './hash.js';

/** The 17 Universal POS tags; a tag's id is its index plus one (0 stands for "no token"). */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

/** Per-word hashes that tagger and parser features are built from. */
export interface WordKeys {
  lower: Int32Array;
  form: Int32Array;
  shape: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
}

export function wordKeys(words: readonly string[]): WordKeys {
  const n = words.length;
  const k: WordKeys = {
    lower: new Int32Array(n),
    form: new Int32Array(n),
    shape: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    pre1: new Int32Array(n),
    pre2: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const len = lower.length;
    k.lower[i] = normalisedHash(lower, 0, len);
    k.form[i] = hashString(w);
    k.shape[i] = shapeHash(w);
    k.suf2[i] = normalisedHash(lower, Math.max(0, len - 2), len);
    k.suf3[i] = normalisedHash(lower, Math.max(0, len - 3), len);
    k.suf4[i] = normalisedHash(lower, Math.max(0, len - 4), len);
    k.pre1[i] = normalisedHash(lower, 0, Math.min(1, len));
    k.pre2[i] = normalisedHash(lower, 0, Math.min(2, len));
  }
  return k;
}

// The hashes below are those of hashString (FNV-1a over UTF-16 code units) of strings that are
// never built: per word they were most of the tagger's own time.

/**
 * Hash of s[start..end) with digits as 0 and curly quotes straight, so that numbers and quote
 * styles share weights.
 */
function normalisedHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 48;
    else if (c === 0x2018 || c === 0x2019) c = 39;
    else if (c === 0x201c || c === 0x201d) c = 34;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const X = 88;
const x = 120;
const d = 100;
const L = 76;
const LETTER = /\p{L}/u;

/**
 * Hash of the word's shape: "Xxxx" for "Paris", "dd.d" for "12.5": A-Z, a-z, 0-9 and other letters
 * as X, x, d and L, anything else as itself, runs of a class cut to two.
 */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const cp = w.codePointAt(i)!;
    const wide = cp > 0xffff;
    let c: number;
    if (cp >= 65 && cp <= 90) c = X;
    else if (cp >= 97 && cp <= 122) c = x;
    else if (cp >= 48 && cp <= 57) c = d;
    else if (cp < 128) c = cp;
    else c = LETTER.test(String.fromCodePoint(cp)) ? L : cp;
    if (c === last) {
      if (++run > 2) {
        if (wide) i++;
        continue;
      }
    } else {
      last = c;
      run = 1;
    }
    if (c === cp && wide) {
      h ^= w.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
      h ^= w.charCodeAt(i + 1);
      h = Math.imul(h, 0x01000193);
    } else {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    if (wide) i++;
  }
  return h | 0;
}

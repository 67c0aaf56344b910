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
    const lower = normalise(w.toLowerCase());
    k.lower[i] = hashString(lower);
    k.form[i] = hashString(w);
    k.shape[i] = hashString(shape(w));
    k.suf2[i] = hashString(lower.slice(-2));
    k.suf3[i] = hashString(lower.slice(-3));
    k.suf4[i] = hashString(lower.slice(-4));
    k.pre1[i] = hashString(lower.slice(0, 1));
    k.pre2[i] = hashString(lower.slice(0, 2));
  }
  return k;
}

/** Digits become 0 and curly quotes straight, so that numbers and quote styles share weights. */
function normalise(w: string): string {
  return w.replace(/\d/g, '0').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** "Xxxx" for "Paris", "dd.d" for "12.5": letter classes with runs of more than two cut to two. */
function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = /[A-Z]/.test(ch) ? 'X' : /[a-z]/.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

import type { ParseState } from './arc-hybrid.js';
import type { WordKeys } from './tokens.js';

/*
 * The feature templates of tagger, parser and labeller, and the hash they share. One module on
 * purpose: feature() runs ~3,400 times per sentence, and a call into another module is not always
 * inlined (under tsx's module transform it goes through an export getter and costs a third of the
 * time).
 */

export const PARSER_FEATURES = 128;
export const LABEL_FEATURES = 40;

/** Most features a word can have. */
export const TAGGER_FEATURES = 32;

/**
 * Features of word i for a greedy left-to-right tagger: the word, its affixes and shape, its
 * neighbours two either side, and the tags already given to the two words before it.
 */
export function taggerFeatures(k: WordKeys, tags: Int32Array, i: number, out: Int32Array): number {
  const n = k.lower.length;
  const lower = k.lower;
  const t1 = i > 0 ? tags[i - 1]! : 0;
  const t2 = i > 1 ? tags[i - 2]! : 0;
  const w = lower[i]!;
  // Neighbouring words: 1 before the sentence, 2 after it.
  const wm1 = i - 1 < 0 ? 1 : lower[i - 1]!;
  const wm2 = i - 2 < 0 ? 1 : lower[i - 2]!;
  const wp1 = i + 1 >= n ? 2 : lower[i + 1]!;
  const wp2 = i + 2 >= n ? 2 : lower[i + 2]!;
  const sufp1 = i + 1 < n ? k.suf3[i + 1]! : 1;
  const shapep1 = i + 1 < n ? k.shape[i + 1]! : 1;
  let m = 0;
  out[m++] = feature(0, 0);
  out[m++] = feature(1, w);
  out[m++] = feature(2, k.form[i]!);
  out[m++] = feature(3, k.suf2[i]!);
  out[m++] = feature(4, k.suf3[i]!);
  out[m++] = feature(5, k.suf4[i]!);
  out[m++] = feature(6, k.pre1[i]!);
  out[m++] = feature(7, k.pre2[i]!);
  out[m++] = feature(8, k.shape[i]!);
  out[m++] = feature(9, wm1);
  out[m++] = feature(10, wp1);
  out[m++] = feature(11, wm2);
  out[m++] = feature(12, wp2);
  out[m++] = feature(13, i > 0 ? k.suf3[i - 1]! : 1);
  out[m++] = feature(14, sufp1);
  out[m++] = feature(15, t1);
  out[m++] = feature(16, t1, t2);
  out[m++] = feature(17, t1, w);
  out[m++] = feature(18, wm1, w);
  out[m++] = feature(19, w, wp1);
  out[m++] = feature(20, t1, wp1);
  out[m++] = feature(21, i === 0 ? 1 : 0, k.shape[i]);
  out[m++] = feature(22, shapep1);
  out[m++] = feature(23, i > 0 ? k.shape[i - 1]! : 1, k.shape[i]);
  out[m++] = feature(24, t1, k.suf3[i]);
  out[m++] = feature(25, wp1, wp2);
  out[m++] = feature(26, wm1, wm2);
  out[m++] = feature(27, w, sufp1);
  out[m++] = feature(28, shapep1, w);
  return m;
}

const NONE_WORD = 11;
const ROOT_WORD = 13;
const ROOT_TAG = 18;

/** What features read about the words: hashes, and the predicted tags (1-based ids). */
export interface Sentence {
  keys: WordKeys;
  tags: Int32Array;
}

/**
 * Features of a parser state, after Zhang & Nivre (2011) adapted to arc-hybrid: words and tags of
 * the top three stack items and the first three buffer words, their pairs and triples, distance,
 * valency, the outermost children of s0, s1 and b0 with their labels, and the label sets of s0 and b0.
 */
export function parserFeatures(st: ParseState, sen: Sentence, out: Int32Array): number {
  const n = st.n;
  const lower = sen.keys.lower;
  const tags = sen.tags;
  const lc1 = st.lc1, lc2 = st.lc2, rc1 = st.rc1, rc2 = st.rc2, label = st.label;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b < n ? st.b : -1;
  const b1 = st.b + 1 < n ? st.b + 1 : -1;
  const b2 = st.b + 2 < n ? st.b + 2 : -1;
  const s0w = word(lower, n, s0), s0t = tag(tags, n, s0), s1w = word(lower, n, s1), s1t = tag(tags, n, s1), s2t = tag(tags, n, s2);
  const b0w = word(lower, n, b0), b0t = tag(tags, n, b0), b1w = word(lower, n, b1), b1t = tag(tags, n, b1), b2w = word(lower, n, b2), b2t = tag(tags, n, b2);
  const s0l1 = child(lc1, s0), s0l2 = child(lc2, s0), s0r1 = child(rc1, s0), s0r2 = child(rc2, s0);
  const s1l1 = child(lc1, s1), s1r1 = child(rc1, s1), s1r2 = child(rc2, s1);
  const b0l1 = child(lc1, b0), b0l2 = child(lc2, b0);
  const s0l1t = tag(tags, n, s0l1), s0l2t = tag(tags, n, s0l2), s0r1t = tag(tags, n, s0r1), s0r2t = tag(tags, n, s0r2);
  const s1l1t = tag(tags, n, s1l1), s1r1t = tag(tags, n, s1r1), s1r2t = tag(tags, n, s1r2);
  const b0l1t = tag(tags, n, b0l1), b0l2t = tag(tags, n, b0l2);
  const s0l1b = lab(label, s0l1), s0l2b = lab(label, s0l2), s0r1b = lab(label, s0r1), s0r2b = lab(label, s0r2);
  const s1l1b = lab(label, s1l1), s1r1b = lab(label, s1r1), s1r2b = lab(label, s1r2);
  const b0l1b = lab(label, b0l1), b0l2b = lab(label, b0l2);
  const dist = s0 >= 0 && b0 >= 0 && s0 !== n ? Math.min(b0 - s0, 6) : 0;
  const dist1 = s1 >= 0 && s0 >= 0 && s1 !== n ? Math.min(s0 - s1, 6) : 0;
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : 0, s0vr = s0 >= 0 ? st.nRight[s0]! : 0;
  const b0vl = b0 >= 0 ? st.nLeft[b0]! : 0, s1vr = s1 >= 0 ? st.nRight[s1]! : 0;
  const s0ll = s0 < 0 ? 0 : st.leftLabels[s0]!, s0rl = s0 < 0 ? 0 : st.rightLabels[s0]!;
  const b0ll = b0 < 0 ? 0 : st.leftLabels[b0]!;
  const s1ll = s1 < 0 ? 0 : st.leftLabels[s1]!, s1rl = s1 < 0 ? 0 : st.rightLabels[s1]!;
  // The template number of each feature is its position in `out`, in this order.
  let m = 0;
  // single words
  m = put(out, m, s0w, s0t); m = put(out, m, s0w); m = put(out, m, s0t);
  m = put(out, m, s1w, s1t); m = put(out, m, s1w); m = put(out, m, s1t);
  m = put(out, m, b0w, b0t); m = put(out, m, b0w); m = put(out, m, b0t);
  m = put(out, m, b1w, b1t); m = put(out, m, b1w); m = put(out, m, b1t);
  m = put(out, m, b2w); m = put(out, m, b2t); m = put(out, m, s2t); m = put(out, m, word(lower, n, s2));
  // pairs
  m = put(out, m, s0w, s0t, b0w * 31 + b0t); m = put(out, m, s0w, s0t, b0w); m = put(out, m, s0w, b0w, b0t); m = put(out, m, s0w, s0t, b0t); m = put(out, m, s0t, b0w, b0t);
  m = put(out, m, s0w, b0w); m = put(out, m, s0t, b0t); m = put(out, m, b0t, b1t);
  m = put(out, m, s1w, s1t, s0w * 31 + s0t); m = put(out, m, s1w, s0w); m = put(out, m, s1t, s0t); m = put(out, m, s1t, s0w, s0t); m = put(out, m, s1w, s1t, s0t);
  m = put(out, m, s1t, b0t); m = put(out, m, s1w, b0w); m = put(out, m, s0w, b1w); m = put(out, m, s0t, b1t);
  // triples of tags
  m = put(out, m, b0t, b1t, b2t); m = put(out, m, s0t, b0t, b1t); m = put(out, m, s1t, s0t, b0t); m = put(out, m, s2t, s1t, s0t);
  m = put(out, m, s0t, s0l1t, b0t); m = put(out, m, s0t, s0r1t, b0t); m = put(out, m, s0t, b0t, b0l1t); m = put(out, m, s1t, s1r1t, s0t); m = put(out, m, s1t, s1l1t, s0t);
  m = put(out, m, s0t, s0l1t, s0l2t); m = put(out, m, s0t, s0r1t, s0r2t); m = put(out, m, b0t, b0l1t, b0l2t); m = put(out, m, s1t, s1r1t, s1r2t);
  // distance
  m = put(out, m, s0w, dist); m = put(out, m, s0t, dist); m = put(out, m, b0w, dist); m = put(out, m, b0t, dist); m = put(out, m, s0w, b0w, dist); m = put(out, m, s0t, b0t, dist);
  m = put(out, m, s1t, s0t, dist1); m = put(out, m, s1w, s0w, dist1);
  // valency
  m = put(out, m, s0w, s0vr); m = put(out, m, s0t, s0vr); m = put(out, m, s0w, s0vl); m = put(out, m, s0t, s0vl); m = put(out, m, s1w, s1vr); m = put(out, m, s1t, s1vr); m = put(out, m, b0w, b0vl); m = put(out, m, b0t, b0vl);
  // children
  m = put(out, m, word(lower, n, s0l1)); m = put(out, m, s0l1t); m = put(out, m, s0l1b); m = put(out, m, word(lower, n, s0r1)); m = put(out, m, s0r1t); m = put(out, m, s0r1b);
  m = put(out, m, s0l2t); m = put(out, m, s0l2b); m = put(out, m, s0r2t); m = put(out, m, s0r2b);
  m = put(out, m, word(lower, n, b0l1)); m = put(out, m, b0l1t); m = put(out, m, b0l1b); m = put(out, m, b0l2t); m = put(out, m, b0l2b);
  m = put(out, m, s1l1t); m = put(out, m, s1l1b); m = put(out, m, word(lower, n, s1r1)); m = put(out, m, s1r1t); m = put(out, m, s1r1b); m = put(out, m, s1r2t); m = put(out, m, s1r2b);
  m = put(out, m, s0t, s0l1b, s0l2b); m = put(out, m, s0t, s0r1b, s0r2b); m = put(out, m, b0t, b0l1b, b0l2b); m = put(out, m, s1t, s1r1b, s1r2b);
  m = put(out, m, s0t, s0r1b, b0t); m = put(out, m, s0t, s0l1b, b0t); m = put(out, m, s0w, s0r1b, b0t);
  // label sets
  m = put(out, m, s0w, s0ll); m = put(out, m, s0t, s0ll); m = put(out, m, s0w, s0rl); m = put(out, m, s0t, s0rl);
  m = put(out, m, b0w, b0ll); m = put(out, m, b0t, b0ll); m = put(out, m, s1t, s1rl); m = put(out, m, s1t, s1ll);
  return m;
}

/** Labeller templates are numbered from here, after the parser's. */
const LABEL_TEMPLATES = 200;

/**
 * Features for labelling the arc h -> d, made when d leaves the stack with its subtree complete:
 * the two words, their tags, direction and distance, d's outer children (a case marker "by", a
 * "to") and what h already has ("was" as aux:pass makes a subject nsubj:pass).
 */
export function labelFeatures(st: ParseState, sen: Sentence, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const lower = sen.keys.lower;
  const tags = sen.tags;
  const label = st.label;
  const hw = word(lower, n, h), ht = tag(tags, n, h), dw = word(lower, n, d), dt = tag(tags, n, d);
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8);
  const dl1 = st.lc1[d]!, dr1 = st.rc1[d]!, dl2 = st.lc2[d]!;
  const hl1 = st.lc1[h]!, hr1 = st.rc1[h]!;
  const hs = h < n ? sen.keys.suf2[h]! : 0;
  const dl1w = word(lower, n, dl1), dr1w = word(lower, n, dr1);
  const dll = st.leftLabels[d]!, drl = st.rightLabels[d]!, hll = st.leftLabels[h]!;
  const T = LABEL_TEMPLATES;
  let m = 0;
  m = putAt(out, m, T, dir); m = putAt(out, m, T, ht, dt, dir); m = putAt(out, m, T, hw, dt, dir); m = putAt(out, m, T, ht, dw, dir);
  m = putAt(out, m, T, hw, dw, dir); m = putAt(out, m, T, dw, dir); m = putAt(out, m, T, hw, dir); m = putAt(out, m, T, dt, dir);
  m = putAt(out, m, T, ht, dt, dist * 3 + dir); m = putAt(out, m, T, hs, dt, dir); m = putAt(out, m, T, hw, dt, dist * 3 + dir);
  m = putAt(out, m, T, dt, dl1w, dir); m = putAt(out, m, T, dt, tag(tags, n, dl1), lab(label, dl1)); m = putAt(out, m, T, dw, dl1w);
  m = putAt(out, m, T, ht, dt, dl1w); m = putAt(out, m, T, ht, dl1w, dir);
  m = putAt(out, m, T, dt, lab(label, dr1)); m = putAt(out, m, T, dt, tag(tags, n, dr1), lab(label, dr1)); m = putAt(out, m, T, dt, dr1w);
  m = putAt(out, m, T, dt, tag(tags, n, dl2), lab(label, dl2)); m = putAt(out, m, T, dt, dll, drl);
  m = putAt(out, m, T, ht, hll, dir); m = putAt(out, m, T, ht, dt, hll * 3 + dir); m = putAt(out, m, T, hw, hll, dir);
  m = putAt(out, m, T, ht, lab(label, hl1), dir); m = putAt(out, m, T, ht, word(lower, n, hl1), dir); m = putAt(out, m, T, ht, lab(label, hr1), dir);
  m = putAt(out, m, T, dt, tag(tags, n, d - 1), tag(tags, n, d + 1 < n ? d + 1 : -1)); m = putAt(out, m, T, dw, tag(tags, n, d - 1));
  m = putAt(out, m, T, ht, tag(tags, n, h - 1), dir); m = putAt(out, m, T, ht, h + 1 < n ? tag(tags, n, h + 1) : 0, dir); m = putAt(out, m, T, ht, dt, h === n ? 1 : 0);
  m = putAt(out, m, T, sen.keys.shape[d]!, dt, dir); m = putAt(out, m, T, hs, dw, dir); m = putAt(out, m, T, dt, dl1w, dr1w); m = putAt(out, m, T, ht, dt, st.head[h] === -1 ? 0 : 1);
  return m;
}

// Small functions rather than closures: extraction runs ~40 times per sentence, and a closure per
// call costs more than the features themselves.

/** Word hash of item x: none (-1), the root (n) or a word. */
function word(lower: Int32Array, n: number, x: number): number {
  return x < 0 ? NONE_WORD : x === n ? ROOT_WORD : lower[x]!;
}

function tag(tags: Int32Array, n: number, x: number): number {
  return x < 0 ? 0 : x === n ? ROOT_TAG : tags[x]!;
}

function lab(label: Int32Array, x: number): number {
  return x < 0 ? 0 : label[x]! + 1;
}

function child(a: Int32Array, x: number): number {
  return x < 0 ? -1 : a[x]!;
}

/** Writes feature number m (template m) and returns the next position. */
function put(out: Int32Array, m: number, a: number, b = 0, c = 0): number {
  out[m] = feature(m, a, b, c);
  return m + 1;
}

/** Writes feature number m with template base + m. */
function putAt(out: Int32Array, m: number, base: number, a: number, b = 0, c = 0): number {
  out[m] = feature(base + m, a, b, c);
  return m + 1;
}

/**
 * Feature hash of a template and up to three values (word hashes, tag and label ids, counts); never
 * 0 (0 marks an empty slot). Features are never built as strings.
 */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

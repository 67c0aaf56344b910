import type { ParseState } from './arc-hybrid.js';
import { feature } from './hash.js';
import type { WordKeys } from './tokens.js';

export const PARSER_FEATURES = 128;
export const LABEL_FEATURES = 40;

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
  const W = (x: number): number => (x < 0 ? NONE_WORD : x === n ? ROOT_WORD : sen.keys.lower[x]!);
  const T = (x: number): number => (x < 0 ? 0 : x === n ? ROOT_TAG : sen.tags[x]!);
  const Lb = (x: number): number => (x < 0 ? 0 : st.label[x]! + 1);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b < n ? st.b : -1;
  const b1 = st.b + 1 < n ? st.b + 1 : -1;
  const b2 = st.b + 2 < n ? st.b + 2 : -1;
  const s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
  const b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
  const C = (a: Int32Array, x: number): number => (x < 0 ? -1 : a[x]!);
  const s0l1 = C(st.lc1, s0), s0l2 = C(st.lc2, s0), s0r1 = C(st.rc1, s0), s0r2 = C(st.rc2, s0);
  const s1l1 = C(st.lc1, s1), s1r1 = C(st.rc1, s1), s1r2 = C(st.rc2, s1);
  const b0l1 = C(st.lc1, b0), b0l2 = C(st.lc2, b0);
  const dist = s0 >= 0 && b0 >= 0 && s0 !== n ? Math.min(b0 - s0, 6) : 0;
  const dist1 = s1 >= 0 && s0 >= 0 && s1 !== n ? Math.min(s0 - s1, 6) : 0;
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : 0, s0vr = s0 >= 0 ? st.nRight[s0]! : 0;
  const b0vl = b0 >= 0 ? st.nLeft[b0]! : 0, s1vr = s1 >= 0 ? st.nRight[s1]! : 0;
  let m = 0;
  let t = 0;
  const f = (a: number, b = 0, c = 0): void => {
    out[m++] = feature(t++, a, b, c);
  };
  // single words
  f(s0w, s0t); f(s0w); f(s0t);
  f(s1w, s1t); f(s1w); f(s1t);
  f(b0w, b0t); f(b0w); f(b0t);
  f(b1w, b1t); f(b1w); f(b1t);
  f(b2w); f(b2t); f(s2t); f(W(s2));
  // pairs
  f(s0w, s0t, b0w * 31 + b0t); f(s0w, s0t, b0w); f(s0w, b0w, b0t); f(s0w, s0t, b0t); f(s0t, b0w, b0t);
  f(s0w, b0w); f(s0t, b0t); f(b0t, b1t);
  f(s1w, s1t, s0w * 31 + s0t); f(s1w, s0w); f(s1t, s0t); f(s1t, s0w, s0t); f(s1w, s1t, s0t);
  f(s1t, b0t); f(s1w, b0w); f(s0w, b1w); f(s0t, b1t);
  // triples of tags
  f(b0t, b1t, b2t); f(s0t, b0t, b1t); f(s1t, s0t, b0t); f(s2t, s1t, s0t);
  f(s0t, T(s0l1), b0t); f(s0t, T(s0r1), b0t); f(s0t, b0t, T(b0l1)); f(s1t, T(s1r1), s0t); f(s1t, T(s1l1), s0t);
  f(s0t, T(s0l1), T(s0l2)); f(s0t, T(s0r1), T(s0r2)); f(b0t, T(b0l1), T(b0l2)); f(s1t, T(s1r1), T(s1r2));
  // distance
  f(s0w, dist); f(s0t, dist); f(b0w, dist); f(b0t, dist); f(s0w, b0w, dist); f(s0t, b0t, dist);
  f(s1t, s0t, dist1); f(s1w, s0w, dist1);
  // valency
  f(s0w, s0vr); f(s0t, s0vr); f(s0w, s0vl); f(s0t, s0vl); f(s1w, s1vr); f(s1t, s1vr); f(b0w, b0vl); f(b0t, b0vl);
  // children
  f(W(s0l1)); f(T(s0l1)); f(Lb(s0l1)); f(W(s0r1)); f(T(s0r1)); f(Lb(s0r1));
  f(T(s0l2)); f(Lb(s0l2)); f(T(s0r2)); f(Lb(s0r2));
  f(W(b0l1)); f(T(b0l1)); f(Lb(b0l1)); f(T(b0l2)); f(Lb(b0l2));
  f(T(s1l1)); f(Lb(s1l1)); f(W(s1r1)); f(T(s1r1)); f(Lb(s1r1)); f(T(s1r2)); f(Lb(s1r2));
  f(s0t, Lb(s0l1), Lb(s0l2)); f(s0t, Lb(s0r1), Lb(s0r2)); f(b0t, Lb(b0l1), Lb(b0l2)); f(s1t, Lb(s1r1), Lb(s1r2));
  f(s0t, Lb(s0r1), b0t); f(s0t, Lb(s0l1), b0t); f(s0w, Lb(s0r1), b0t);
  // label sets
  const ls = (x: number, left: boolean): number => (x < 0 ? 0 : left ? st.leftLabels[x]! : st.rightLabels[x]!);
  f(s0w, ls(s0, true)); f(s0t, ls(s0, true)); f(s0w, ls(s0, false)); f(s0t, ls(s0, false));
  f(b0w, ls(b0, true)); f(b0t, ls(b0, true)); f(s1t, ls(s1, false)); f(s1t, ls(s1, true));
  return m;
}

/**
 * Features for labelling the arc h -> d, made when d leaves the stack with its subtree complete:
 * the two words, their tags, direction and distance, d's outer children (a case marker "by", a
 * "to") and what h already has ("was" as aux:pass makes a subject nsubj:pass).
 */
export function labelFeatures(st: ParseState, sen: Sentence, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const W = (x: number): number => (x < 0 ? NONE_WORD : x === n ? ROOT_WORD : sen.keys.lower[x]!);
  const T = (x: number): number => (x < 0 ? 0 : x === n ? ROOT_TAG : sen.tags[x]!);
  const Lb = (x: number): number => (x < 0 ? 0 : st.label[x]! + 1);
  const hw = W(h), ht = T(h), dw = W(d), dt = T(d);
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8);
  const dl1 = st.lc1[d]!, dr1 = st.rc1[d]!, dl2 = st.lc2[d]!;
  const hl1 = st.lc1[h]!, hr1 = st.rc1[h]!;
  const hs = h < n ? sen.keys.suf2[h]! : 0;
  let m = 0;
  let t = 200;
  const f = (a: number, b = 0, c = 0): void => {
    out[m++] = feature(t++, a, b, c);
  };
  f(dir); f(ht, dt, dir); f(hw, dt, dir); f(ht, dw, dir); f(hw, dw, dir); f(dw, dir); f(hw, dir); f(dt, dir);
  f(ht, dt, dist * 3 + dir); f(hs, dt, dir); f(hw, dt, dist * 3 + dir);
  f(dt, W(dl1), dir); f(dt, T(dl1), Lb(dl1)); f(dw, W(dl1)); f(ht, dt, W(dl1)); f(ht, W(dl1), dir);
  f(dt, Lb(dr1)); f(dt, T(dr1), Lb(dr1)); f(dt, W(dr1)); f(dt, T(dl2), Lb(dl2)); f(dt, st.leftLabels[d], st.rightLabels[d]);
  f(ht, st.leftLabels[h], dir); f(ht, dt, st.leftLabels[h]! * 3 + dir); f(hw, st.leftLabels[h], dir);
  f(ht, Lb(hl1), dir); f(ht, W(hl1), dir); f(ht, Lb(hr1), dir); f(dt, T(d - 1), T(d + 1 < n ? d + 1 : -1)); f(dw, T(d - 1));
  f(ht, T(h - 1), dir); f(ht, h + 1 < n ? T(h + 1) : 0, dir); f(ht, dt, h === n ? 1 : 0);
  f(sen.keys.shape[d]!, dt, dir); f(hs, dw, dir); f(dt, W(dl1), W(dr1)); f(ht, dt, st.head[h] === -1 ? 0 : 1);
  return m;
}

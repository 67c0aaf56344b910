import { feature } from './hash.js';
import { argmax, type CompactWeights, type TrainingWeights } from './perceptron.js';
import { UPOS, type WordKeys } from './tokens.js';

/** Most features a word can have. */
export const TAGGER_FEATURES = 32;

/**
 * Features of word i for a greedy left-to-right tagger: the word, its affixes and shape, its
 * neighbours two either side, and the tags already given to the two words before it.
 */
export function taggerFeatures(k: WordKeys, tags: Int32Array, i: number, out: Int32Array): number {
  const n = k.lower.length;
  let m = 0;
  const L = (j: number): number => (j < 0 ? 1 : j >= n ? 2 : k.lower[j]!);
  const t1 = i > 0 ? tags[i - 1]! : 0;
  const t2 = i > 1 ? tags[i - 2]! : 0;
  const w = k.lower[i]!;
  out[m++] = feature(0, 0);
  out[m++] = feature(1, w);
  out[m++] = feature(2, k.form[i]!);
  out[m++] = feature(3, k.suf2[i]!);
  out[m++] = feature(4, k.suf3[i]!);
  out[m++] = feature(5, k.suf4[i]!);
  out[m++] = feature(6, k.pre1[i]!);
  out[m++] = feature(7, k.pre2[i]!);
  out[m++] = feature(8, k.shape[i]!);
  out[m++] = feature(9, L(i - 1));
  out[m++] = feature(10, L(i + 1));
  out[m++] = feature(11, L(i - 2));
  out[m++] = feature(12, L(i + 2));
  out[m++] = feature(13, i > 0 ? k.suf3[i - 1]! : 1);
  out[m++] = feature(14, i + 1 < n ? k.suf3[i + 1]! : 1);
  out[m++] = feature(15, t1);
  out[m++] = feature(16, t1, t2);
  out[m++] = feature(17, t1, w);
  out[m++] = feature(18, L(i - 1), w);
  out[m++] = feature(19, w, L(i + 1));
  out[m++] = feature(20, t1, L(i + 1));
  out[m++] = feature(21, i === 0 ? 1 : 0, k.shape[i]);
  out[m++] = feature(22, i + 1 < n ? k.shape[i + 1]! : 1);
  out[m++] = feature(23, i > 0 ? k.shape[i - 1]! : 1, k.shape[i]);
  out[m++] = feature(24, t1, k.suf3[i]);
  out[m++] = feature(25, L(i + 1), L(i + 2));
  out[m++] = feature(26, L(i - 1), L(i - 2));
  out[m++] = feature(27, w, i + 1 < n ? k.suf3[i + 1]! : 1);
  out[m++] = feature(28, i + 1 < n ? k.shape[i + 1]! : 1, w);
  return m;
}

/** Tag ids (1-based, see UPOS) for every word. */
export function tagWords(weights: CompactWeights | TrainingWeights, k: WordKeys): Int32Array {
  const n = k.lower.length;
  const tags = new Int32Array(n);
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(UPOS.length);
  for (let i = 0; i < n; i++) {
    const m = taggerFeatures(k, tags, i, feats);
    weights.score(feats, m, scores);
    tags[i] = argmax(scores, UPOS.length) + 1;
  }
  return tags;
}

import { TAGGER_FEATURES, taggerFeatures } from './features.js';
import { argmax, type Scorer } from './perceptron.js';
import { UPOS, type WordKeys } from './tokens.js';


/** Tag ids (1-based, see UPOS) for every word. */
export function tagWords(weights: Scorer, k: WordKeys): Int32Array {
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

import { LEFT, ParseState, RIGHT, SHIFT } from './arc-hybrid.js';
import { argmax, type Scorer } from './perceptron.js';
import { LABEL_FEATURES, PARSER_FEATURES, labelFeatures, parserFeatures, type Sentence } from './features.js';
import { tagWords } from './tagger.js';
import { UPOS, wordKeys } from './tokens.js';

export interface Parse {
  upos: string[];
  /** 0-based head index within the sentence; -1 for the root. */
  head: number[];
  rel: string[];
}

const TRANSITIONS = [SHIFT, LEFT, RIGHT];

/** What tagging and parsing need of a model (a ParserModel, or one that counts its look-ups). */
export interface ScoringModel {
  tagger: Scorer;
  parser: Scorer;
  labeller: Scorer;
  labels: readonly string[];
}

/** Tags and parses one sentence greedily. */
export function parseWords(model: ScoringModel, words: readonly string[]): Parse {
  const keys = wordKeys(words);
  const tags = tagWords(model.tagger, keys);
  const st = parseTagged(model, { keys, tags });
  const n = words.length;
  const upos: string[] = new Array<string>(n);
  const head: number[] = new Array<number>(n);
  const rel: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    upos[i] = UPOS[tags[i]! - 1] ?? 'X';
    const h = st.head[i]!;
    head[i] = h === n ? -1 : h;
    rel[i] = h === n ? 'root' : (model.labels[st.label[i]!] ?? 'dep');
  }
  return { upos, head, rel };
}

/** The parse of already tagged words: heads (root = n) and label ids in the returned state. */
export function parseTagged(model: ScoringModel, sen: Sentence): ParseState {
  const st = new ParseState(sen.tags.length);
  const feats = new Int32Array(PARSER_FEATURES);
  const lfeats = new Int32Array(LABEL_FEATURES);
  const scores = new Float64Array(Math.max(3, model.labels.length));
  while (!st.done) {
    const m = parserFeatures(st, sen, feats);
    model.parser.score(feats, m, scores);
    let t = -1;
    for (let k = 0; k < 3; k++) if (st.allowed(TRANSITIONS[k]!) && (t < 0 || scores[k]! > scores[t]!)) t = k;
    t = TRANSITIONS[t]!;
    const d = st.apply(t);
    if (d < 0) continue;
    const h = st.head[d]!;
    if (h === st.n) {
      st.setLabel(d, model.labels.length);
      continue;
    }
    const lm = labelFeatures(st, sen, h, d, lfeats);
    model.labeller.score(lfeats, lm, scores);
    st.setLabel(d, argmax(scores, model.labels.length));
  }
  return st;
}

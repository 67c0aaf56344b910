import { seededRandom } from '../seeded-random.js';
import { ParseState, projectivise } from './arc-hybrid.js';
import type { ConlluSentence } from './conllu.js';
import type { ParserModel } from './model-file.js';
import { parseTagged } from './parse-words.js';
import type { CompactWeights } from './compact-weights.js';
import { argmax, TrainingWeights } from './perceptron.js';
import { LABEL_FEATURES, PARSER_FEATURES, labelFeatures, parserFeatures, type Sentence } from './features.js';
import { TAGGER_FEATURES, taggerFeatures } from './features.js';
import { tagWords } from './tagger.js';
import { UPOS, wordKeys } from './tokens.js';

export interface TrainOptions {
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed training tags (the parser learns from tags as good as it will see). */
  folds: number;
  seed: number;
  /** Probability of following the model's own (possibly wrong) transition from epoch 2 on. */
  explore: number;
  prune: number;
  log: (line: string) => void;
  /** Called with each new best model (to keep it before training ends). */
  onBest?: (model: ParserModel, dev: Scores) => void;
}

interface Gold {
  words: string[];
  sen: Sentence;
  goldTags: Int32Array;
  /** Heads with root = n, made projective. */
  heads: Int32Array;
  rels: Int32Array;
}

export interface Scores {
  upos: number;
  uas: number;
  las: number;
}


function shuffle<T>(items: T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const TAG_ID = new Map<string, number>(UPOS.map((t, i) => [t, i + 1]));

/** The relation names in order of frequency, "root" left out. */
function labelSet(train: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of train) for (const w of s.words) if (w.deprel !== 'root') counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
}

function toGold(s: ConlluSentence, labelIds: Map<string, number>, lift: boolean): Gold {
  const words = s.words.map((w) => w.form);
  const n = words.length;
  const goldTags = Int32Array.from(s.words, (w) => TAG_ID.get(w.upos) ?? TAG_ID.get('X')!);
  const given = Int32Array.from(s.words, (w) => (w.head < 0 ? n : w.head));
  const heads = lift ? projectivise(given) : given;
  const rels = Int32Array.from(s.words, (w) => (w.deprel === 'root' ? labelIds.size : (labelIds.get(w.deprel) ?? 0)));
  return { words, sen: { keys: wordKeys(words), tags: goldTags }, goldTags, heads, rels };
}

function trainTagger(data: readonly Gold[], epochs: number, rnd: () => number, dev?: readonly Gold[], log?: (l: string) => void): CompactWeights {
  const w = new TrainingWeights(UPOS.length);
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(UPOS.length);
  let best: CompactWeights | null = null;
  let bestAcc = -1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const g of shuffle([...data], rnd)) {
      const n = g.words.length;
      const tags = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const m = taggerFeatures(g.sen.keys, tags, i, feats);
        w.score(feats, m, scores);
        const guess = argmax(scores, UPOS.length);
        const truth = g.goldTags[i]! - 1;
        w.update(feats, m, truth, guess);
        w.step++;
        tags[i] = guess + 1;
      }
    }
    if (dev === undefined) continue;
    const avg = w.average();
    let right = 0;
    let total = 0;
    for (const g of dev) {
      const tags = tagWords(avg, g.sen.keys);
      for (let i = 0; i < tags.length; i++) if (tags[i] === g.goldTags[i]) right++;
      total += tags.length;
    }
    log?.(`tagger epoch ${epoch + 1}: dev UPOS ${(100 * right / total).toFixed(2)}% (${avg.size} features)`);
    if (right / total > bestAcc) {
      bestAcc = right / total;
      best = avg;
    }
  }
  return best ?? w.average();
}

/** Trains tagger and parser on `train`, choosing epochs on `dev`. Deterministic for a seed. */
export function trainParser(train: readonly ConlluSentence[], dev: readonly ConlluSentence[], o: TrainOptions): { model: ParserModel; dev: Scores } {
  const labels = labelSet(train);
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const gold = train.filter((s) => s.words.length > 0).map((s) => toGold(s, labelIds, true));
  const devGold = dev.filter((s) => s.words.length > 0).map((s) => toGold(s, labelIds, false));
  const rnd = seededRandom(o.seed);

  // Jackknifed tags for training the parser.
  const trainTags = gold.map((g) => g.goldTags);
  for (let f = 0; f < o.folds; f++) {
    const rest = gold.filter((_, i) => i % o.folds !== f);
    const tagger = trainTagger(rest, o.taggerEpochs, rnd);
    gold.forEach((g, i) => {
      if (i % o.folds === f) trainTags[i] = tagWords(tagger, g.sen.keys);
    });
    o.log(`jackknife fold ${f + 1}/${o.folds} tagged`);
  }
  const tagger = trainTagger(gold, o.taggerEpochs, rnd, devGold, o.log);
  const devSens = devGold.map((g) => ({ ...g, sen: { keys: g.sen.keys, tags: tagWords(tagger, g.sen.keys) } }));
  const trainSens = gold.map((g, i) => ({ ...g, sen: { keys: g.sen.keys, tags: trainTags[i]! } }));

  const parser = new TrainingWeights(3);
  const labeller = new TrainingWeights(labels.length);
  const feats = new Int32Array(PARSER_FEATURES);
  const lfeats = new Int32Array(LABEL_FEATURES);
  const scores = new Float64Array(3);
  const lscores = new Float64Array(labels.length);
  const costs = new Int32Array(3);
  let best: { model: ParserModel; dev: Scores } | null = null;
  for (let epoch = 0; epoch < o.parserEpochs; epoch++) {
    const started = Date.now();
    let updates = 0;
    for (const g of shuffle(trainSens, rnd)) {
      const st = new ParseState(g.words.length);
      while (!st.done) {
        const m = parserFeatures(st, g.sen, feats);
        parser.score(feats, m, scores);
        let pred = -1;
        let minCost = Infinity;
        for (let t = 0; t < 3; t++) {
          if (!st.allowed(t)) {
            costs[t] = -1;
            continue;
          }
          costs[t] = st.cost(t, g.heads);
          if (costs[t]! < minCost) minCost = costs[t]!;
          if (pred < 0 || scores[t]! > scores[pred]!) pred = t;
        }
        let oracle = -1;
        for (let t = 0; t < 3; t++) if (costs[t] === minCost && (oracle < 0 || scores[t]! > scores[oracle]!)) oracle = t;
        if (costs[pred]! > minCost) {
          parser.update(feats, m, oracle, pred);
          updates++;
        }
        parser.step++;
        const next = epoch >= 1 && rnd() < o.explore ? pred : oracle;
        const d = st.apply(next);
        if (d < 0) continue;
        const h = st.head[d]!;
        if (h === st.n) {
          st.setLabel(d, labels.length);
          continue;
        }
        const lm = labelFeatures(st, g.sen, h, d, lfeats);
        labeller.score(lfeats, lm, lscores);
        const guess = argmax(lscores, labels.length);
        if (g.heads[d] === h && g.rels[d]! < labels.length) {
          labeller.update(lfeats, lm, g.rels[d]!, guess);
          labeller.step++;
        }
        st.setLabel(d, guess);
      }
    }
    const model: ParserModel = { tagger, parser: parser.average(o.prune), labeller: labeller.average(o.prune), labels, info: {} };
    const scoresDev = evaluate(model, devSens);
    o.log(`parser epoch ${epoch + 1}: dev UPOS ${scoresDev.upos.toFixed(2)} UAS ${scoresDev.uas.toFixed(2)} LAS ${scoresDev.las.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s, ${model.parser.size} + ${model.labeller.size} features, ${updates} updates)`);
    if (best === null || scoresDev.las > best.dev.las) {
      best = { model: { ...model, info: { epoch: epoch + 1 } }, dev: scoresDev };
      o.onBest?.(best.model, scoresDev);
    }
  }
  if (best === null) throw new Error('no parser epochs');
  return best;
}

/** UPOS, UAS and LAS over every word, punctuation included (as the CoNLL 2018 scorer counts). */
function evaluate(model: ParserModel, sens: ReadonlyArray<Gold>): Scores {
  let tagRight = 0;
  let headRight = 0;
  let bothRight = 0;
  let total = 0;
  for (const g of sens) {
    const st = parseTagged(model, g.sen);
    const n = g.words.length;
    for (let i = 0; i < n; i++) {
      if (g.sen.tags[i] === g.goldTags[i]) tagRight++;
      if (st.head[i] === g.heads[i]) {
        headRight++;
        if (st.label[i] === g.rels[i]) bothRight++;
      }
    }
    total += n;
  }
  return { upos: (100 * tagRight) / total, uas: (100 * headRight) / total, las: (100 * bothRight) / total };
}

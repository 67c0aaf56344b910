/**
 * Rebuilds models/parser/en-ewt.bin.gz from UD English-EWT (train for training, dev for choosing
 * epochs): npm run train:parser [-- --treebank DIR --out FILE --epochs N]. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDir } from '../bench/shared-dir.js';
import { readConllu } from '../src/parse/conllu.js';
import { encodeModel, type ParserModel } from '../src/parse/model-file.js';
import { MODEL_PATH } from '../src/parse/parse-sentence.js';
import { trainParser, type Scores } from '../src/parse/train-parser.js';

const { values } = parseArgs({
  options: {
    treebank: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '15' },
    'tagger-epochs': { type: 'string', default: '6' },
    folds: { type: 'string', default: '4' },
  },
});
const dir = values.treebank ?? join(sharedDir(), 'treebanks', 'ud-english-ewt');
const read = (name: string) => readConllu(readFileSync(join(dir, name), 'utf8'), name);
const started = Date.now();
const train = read('en_ewt-ud-train.conllu');
const dev = read('en_ewt-ud-dev.conllu');
const { model, dev: scores } = trainParser(train, dev, {
  taggerEpochs: Number(values['tagger-epochs']),
  parserEpochs: Number(values.epochs),
  folds: Number(values.folds),
  seed: 8,
  explore: 0.9,
  prune: 0,
  log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`),
  onBest: save,
});
save(model, scores);
console.log(`dev UPOS ${scores.upos.toFixed(2)} UAS ${scores.uas.toFixed(2)} LAS ${scores.las.toFixed(2)}; ${((Date.now() - started) / 60000).toFixed(1)} min`);

function save(model: ParserModel, dev: Scores): void {
  model.info = { ...model.info, treebank: 'UD English-EWT (May 2025, commit 15d613d), CC BY-SA 4.0', dev };
  const file = encodeModel(model);
  const out = values.out ?? MODEL_PATH();
  writeFileSync(out, file);
  console.log(`wrote ${out}: ${(file.length / 1e6).toFixed(1)} MB`);
}

/**
 * The tagger and parser on UD English-EWT dev (words as given, tags predicted): UPOS, UAS and LAS
 * over every word (punctuation included, as the CoNLL 2018 scorer counts), LAS by relation, the
 * relations with the most errors, wink-nlp's UPOS on the same words, and speed in CPU time of this
 * process (model load included, then the best of three passes).
 * Run: node --import tsx bench/parser.ts [MODEL]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { readConllu } from '../src/parse/conllu.js';
import { decodeModel } from '../src/parse/model-file.js';
import { MODEL_PATH } from '../src/parse/parse-sentence.js';
import { parseWords } from '../src/parse/parse-words.js';
import { sharedDir } from './shared-dir.js';

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const path = process.argv[2] ?? MODEL_PATH();
const dev = readConllu(readFileSync(join(sharedDir(), 'treebanks', 'ud-english-ewt', 'en_ewt-ud-dev.conllu'), 'utf8'));
const words = dev.map((s) => s.words.map((w) => w.form));
const tokens = words.reduce((n, w) => n + w.length, 0);

const t0 = cpu();
const model = decodeModel(readFileSync(path), path);
const load = cpu() - t0;
const parses = words.map((w) => parseWords(model, w));
const first = cpu() - t0;
let best = Infinity;
for (let k = 0; k < 3; k++) {
  const t = cpu();
  for (const w of words) parseWords(model, w);
  best = Math.min(best, cpu() - t);
}

let tagRight = 0;
let headRight = 0;
let labelRight = 0;
const byRel = new Map<string, { gold: number; right: number; predicted: number }>();
const rel = (r: string) => {
  let e = byRel.get(r);
  if (e === undefined) byRel.set(r, (e = { gold: 0, right: 0, predicted: 0 }));
  return e;
};
dev.forEach((s, k) => {
  const p = parses[k]!;
  s.words.forEach((w, i) => {
    if (p.upos[i] === w.upos) tagRight++;
    rel(w.deprel).gold++;
    rel(p.rel[i]!).predicted++;
    if (p.head[i] === w.head) {
      headRight++;
      if (p.rel[i] === w.deprel) {
        labelRight++;
        rel(w.deprel).right++;
      }
    }
  });
});

// wink-nlp's UPOS on the same words: the words joined by spaces, each matched to the wink token
// that starts where it starts (a word wink splits differently counts as wrong).
const nlp = winkNLP(winkModel, ['sbd', 'pos']);
let winkRight = 0;
for (const s of dev) {
  const text = s.words.map((w) => w.form).join(' ');
  const doc = nlp.readDoc(text);
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = doc.tokens().out(nlp.its.value);
  const pos = doc.tokens().out(nlp.its.pos);
  const spaces = doc.tokens().out(nlp.its.precedingSpaces);
  /* eslint-enable @typescript-eslint/unbound-method */
  const tagAt = new Map<number, string>();
  let at = 0;
  values.forEach((v, i) => {
    at += (spaces[i] ?? '').length;
    tagAt.set(at, pos[i] ?? '');
    at += v.length;
  });
  let start = 0;
  for (const w of s.words) {
    if (tagAt.get(start) === w.upos) winkRight++;
    start += w.form.length + 1;
  }
}

const pct = (a: number, b: number): string => ((100 * a) / b).toFixed(2);
console.log(`EWT dev: ${dev.length} sentences, ${tokens} words; model ${path}`);
console.log(`UPOS ${pct(tagRight, tokens)}%   UAS ${pct(headRight, tokens)}   LAS ${pct(labelRight, tokens)}   (wink-nlp UPOS on the same words: ${pct(winkRight, tokens)}%)`);
console.log(`speed: model load ${(load * 1000).toFixed(0)} ms CPU; first pass incl. load ${(dev.length / first).toFixed(0)} sentences/s; best pass ${(dev.length / best).toFixed(0)} sentences/s, ${(tokens / best).toFixed(0)} words/s (one core, CPU time)`);
console.log('\nrelation        gold   LAS-recall  precision  errors');
const rows = [...byRel.entries()].filter(([, e]) => e.gold > 0).sort((a, b) => (b[1].gold - b[1].right) - (a[1].gold - a[1].right));
for (const [r, e] of rows) {
  console.log(`${r.padEnd(14)} ${String(e.gold).padStart(6)}   ${pct(e.right, e.gold).padStart(8)}   ${(e.predicted > 0 ? pct(e.right, e.predicted) : '-').padStart(8)}  ${String(e.gold - e.right).padStart(6)}`);
}

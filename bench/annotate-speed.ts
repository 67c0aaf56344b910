/**
 * Speed of annotate + resolve (+ quotes and quantities) next to wink-nlp tokenising the same text
 * alone, in one run on one core (CPU time of the process, best of three). Input: the raw sentences of ../shared/benchmarks/plover-pairs/dev.tsv,
 * one paragraph each, in articles of 20 paragraphs, repeated to ~REPEAT times the set.
 * Run: node --import tsx bench/annotate-speed.ts [REPEAT]
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotate } from '../src/annotate/annotate.js';
import { findQuantities } from '../src/code/quantities.js';
import { findQuotes } from '../src/code/quotes.js';
import { defaultActorDictionary } from '../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../src/resolve/resolve-actors.js';
import type { Article, Span } from '../src/types/index.js';

const REPEAT = Number(process.argv[2] ?? 3);
const TSV = new URL('../../shared/benchmarks/plover-pairs/dev.tsv', import.meta.url);
const DATE = '2021-12-30';

function articleOf(paragraphs: string[], n: number): Article {
  const spans: Span[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const body = paragraphs.join('\n\n');
  return {
    id: `a_bench${n}`, url: null, title: null, subtitle: null, byline: [], published: DATE, language: 'en', images: [],
    body, paragraphs: spans, source: { kind: 'text', bytes: body.length, sha256: '' },
  };
}

const sentences = readFileSync(TSV, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1] ?? '').filter((s) => s.length > 0);
const articles: Article[] = [];
for (let r = 0; r < REPEAT; r++) {
  for (let i = 0; i < sentences.length; i += 20) articles.push(articleOf(sentences.slice(i, i + 20), articles.length));
}
const chars = articles.reduce((n, a) => n + a.body.length, 0);

/**
 * Best of three runs after a warm-up (model load, JIT), in CPU seconds of this process: the
 * machine is shared, and wall time would measure the neighbours too.
 */
function time(label: string, run: () => number): number {
  run();
  let s = Infinity;
  let count = 0;
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    count = run();
    const c = process.cpuUsage(c0);
    s = Math.min(s, (c.user + c.system) / 1e6);
  }
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`${label.padEnd(42)} ${s.toFixed(2).padStart(6)} s  ${Math.round(count / s).toString().padStart(7)} sentences/s  heap ${heap.toFixed(0)} MB`);
  return count / s;
}

const tokenOnly = winkNLP(model, []);
const sbdPos = winkNLP(model, ['sbd', 'pos']);
const dict = defaultActorDictionary();
let nSentences = 0;
for (const a of articles) nSentences += annotate(a).sentences.length;

console.log(`input: ${articles.length} articles, ${nSentences} sentences, ${(chars / 1e6).toFixed(2)} MB (plover-pairs dev x${REPEAT})`);
const wink = time('wink-nlp tokenise only (empty pipe)', () => {
  for (const a of articles) tokenOnly.readDoc(a.body).tokens().out();
  return nSentences;
});
time('wink-nlp sbd+pos, tokens out', () => {
  for (const a of articles) sbdPos.readDoc(a.body).tokens().out();
  return nSentences;
});
time('annotate', () => {
  let n = 0;
  for (const a of articles) n += annotate(a).sentences.length;
  return n;
});
const annotated = articles.map((a) => annotate(a));
time('resolve alone (on annotated articles)', () => {
  let n = 0;
  for (const d of annotated) n += resolveActors(d, dict, DATE).length;
  return n;
});
const resolve = time('annotate + resolve', () => {
  let n = 0;
  for (const a of articles) n += resolveActors(annotate(a), dict, DATE).length;
  return n;
});
const all = time('annotate + resolve + quotes + quantities', () => {
  let n = 0;
  for (const a of articles) {
    const resolved = resolveActors(annotate(a), dict, DATE);
    findQuotes(resolved, a);
    findQuantities(resolved, a, DATE);
    n += resolved.length;
  }
  return n;
});
console.log(`annotate+resolve / wink tokenise: ${(resolve / wink).toFixed(2)}; with quotes+quantities: ${(all / wink).toFixed(2)}`);

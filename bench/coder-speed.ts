/**
 * Speed and memory of annotate (with the dependency parse) + resolve + code, next to wink-nlp
 * tokenising the same text alone, and the tagger and parser alone on the same sentences.
 *
 *   node --import tsx bench/coder-speed.ts [--input fixtures|example] [--finder window|tree|hybrid]
 *                                          (DYAD_BENCH_MB=100 sets the streamed size,
 *                                           DYAD_BENCH_ROUNDS=1 the timed rounds, best kept)
 *
 * Input `fixtures` (the default): the news-style articles in test/fixtures/articles, varied
 * (paragraphs rotated, country and month names swapped) so that the text is not one repeated
 * string, ~2 MB. Input `example`: the shared example's body (../shared/examples/000_…txt, as
 * `dyad code` extracts it) repeated to ~1 MB in one document. Speed is measured on one core in CPU
 * time; memory by streaming DYAD_BENCH_MB megabytes of generated articles through codeArticle one
 * at a time and reading the RSS as it goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotate } from '../src/annotate/index.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { readInput } from '../src/io/read-input.js';
import { parseTokens } from '../src/parse/index.js';
import { codeArticle } from '../src/pipeline.js';
import type { Article } from '../src/types/index.js';
import { finderOption } from './finder-option.js';
import { sharedDir } from './shared-dir.js';

const { values: opts } = parseArgs({ options: { input: { type: 'string', default: 'fixtures' }, finder: { type: 'string' } } });
if (opts.input !== 'fixtures' && opts.input !== 'example') throw new Error(`--input takes fixtures or example, got "${opts.input}"`);
const finder = finderOption(opts.finder);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'fixtures', 'articles');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8').trim());
const COUNTRIES = ['Ukraine', 'Poland', 'Georgia', 'Moldova', 'Kenya', 'Chile', 'Vietnam', 'Egypt', 'Turkey', 'Brazil'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const streamedMb = Number(process.env.DYAD_BENCH_MB ?? 100);

/** The n-th variant of a seed article: paragraphs rotated, a country and a month swapped in. */
function variant(n: number): string {
  const seed = seeds[n % seeds.length] ?? '';
  const paragraphs = seed.split('\n\n');
  const k = Math.floor(n / seeds.length) % paragraphs.length;
  const rotated = [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join('\n\n');
  const country = COUNTRIES[n % COUNTRIES.length] ?? 'Ukraine';
  const month = MONTHS[n % MONTHS.length] ?? 'May';
  return rotated.replaceAll('Ukraine', country).replaceAll('Sudan', country).replace('Last year', `In ${month}`);
}

function articleOf(n: number, body: string): Article {
  const paragraphs: Article['paragraphs'] = [];
  let at = 0;
  for (const p of body.split('\n\n')) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return {
    id: `a_bench_${n}`, url: null, title: null, subtitle: null, byline: [], published: '2024-02-10', language: 'en',
    images: [], body, paragraphs, source: { kind: 'text', bytes: body.length, sha256: '' },
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

// Speed: the same articles through wink-nlp alone and through the whole coder.
const texts: string[] = [];
if (opts.input === 'example') {
  const body = extractArticle(await readInput(join(sharedDir(), 'examples', '000_eb6cf435a74dfdc9.txt'))).body;
  const copies = Math.ceil(1_000_000 / (body.length + 2));
  texts.push(Array.from({ length: copies }, () => body).join('\n\n'));
} else {
  for (let n = 0, size = 0; size < 2_000_000; n++) {
    const t = variant(n);
    texts.push(t);
    size += t.length;
  }
}
const articles = texts.map((t, n) => articleOf(n, t));
const annotated = articles.map((a) => annotate(a));
const sentences = annotated.reduce((sum, a) => sum + a.sentences.length, 0);
const sentenceWords = annotated.flatMap((a) => a.sentences.map((s) => s.tokens.map((t) => t.text)));
codeArticle(articles[0] ?? articleOf(0, ''), { finder }); // load the dictionary and model before timing

// CPU seconds of this process, not wall time: the machine is shared, and the neighbours' load
// would otherwise count against whichever loop ran while they were busy.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
// The ratio is taken against wink's default pipe (as in earlier runs); the tokeniser alone (an
// empty pipe, as in annotate-speed.ts) is reported beside it.
const nlp = winkNLP(model);
const tokeniser = winkNLP(model, []);
const rounds = Number(process.env.DYAD_BENCH_ROUNDS ?? 1);
let winkSeconds = Infinity;
let coderSeconds = Infinity;
let tokeniserSeconds = Infinity;
let parserSeconds = Infinity;
let tokens = 0;
let events = 0;
for (let round = 0; round < rounds; round++) {
  let t0 = process.cpuUsage();
  tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().out().length;
  winkSeconds = Math.min(winkSeconds, cpuSeconds(t0));

  t0 = process.cpuUsage();
  for (const t of texts) tokeniser.readDoc(t).tokens().out();
  tokeniserSeconds = Math.min(tokeniserSeconds, cpuSeconds(t0));

  t0 = process.cpuUsage();
  for (const words of sentenceWords) parseTokens(words);
  parserSeconds = Math.min(parserSeconds, cpuSeconds(t0));

  t0 = process.cpuUsage();
  events = 0;
  for (const a of articles) events += codeArticle(a, { finder }).events.length;
  coderSeconds = Math.min(coderSeconds, cpuSeconds(t0));
}

const chars = texts.reduce((s, t) => s + t.length, 0);
console.log(`input ${opts.input}, finder ${opts.finder ?? 'default'}: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${sentences} sentences, ${tokens} tokens`);
console.log(`wink-nlp tokenising alone: ${(sentences / winkSeconds).toFixed(0)} sentences per CPU-second (${winkSeconds.toFixed(2)} s CPU)`);
console.log(`wink-nlp, empty pipe:       ${(sentences / tokeniserSeconds).toFixed(0)} sentences per CPU-second (${tokeniserSeconds.toFixed(2)} s CPU)`);
console.log(`tag + parse alone:         ${(sentences / parserSeconds).toFixed(0)} sentences per CPU-second (${parserSeconds.toFixed(2)} s CPU)`);
console.log(`annotate+resolve+code:     ${(sentences / coderSeconds).toFixed(0)} sentences per CPU-second (${coderSeconds.toFixed(2)} s CPU), ${events} events`);
console.log(`the coder without the parse (its time less the parse's): ${(sentences / (coderSeconds - parserSeconds)).toFixed(0)} sentences per CPU-second`);
console.log(`ratio coder/wink: ${(winkSeconds / coderSeconds).toFixed(2)} (default pipe), ${(tokeniserSeconds / coderSeconds).toFixed(2)} (empty pipe)`);

// Memory: stream generated articles through the coder, one at a time, nothing kept.
const marks = [10, 50, 100].filter((m) => m <= streamedMb);
let streamed = 0;
let peak = 0;
let n = 0;
const started = performance.now();
for (const mark of marks) {
  while (streamed < mark * 1024 * 1024) {
    const body = variant(n);
    codeArticle(articleOf(n, body));
    streamed += Buffer.byteLength(body);
    n++;
    if (n % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = (performance.now() - started) / 1000;
  console.log(`streamed ${mark} MB (${n} articles, ${seconds.toFixed(0)} s): rss ${mb(process.memoryUsage().rss)} MB, peak so far ${mb(peak)} MB`);
}

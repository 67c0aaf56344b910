/**
 * Article extraction benchmark: Dyad's extractor against plain Readability over linkedom, same run.
 * Usage: node --import tsx bench/extraction.ts [--worst N] [--misses] [--only NNNN,...] [--out FILE [--dump FILE]] [--no-baseline]
 * Every figure is given for half A (the pages tuned on), half B (held out) and all pages; --worst and
 * --misses list half A only.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/extract-article.js';
import { sharedDir } from './shared-dir.js';
import { tuningHalf } from './tuning-half.js';

interface Truth {
  url: string;
  title: string | null;
  author: string | null;
  published: string | null;
  main_content: string;
  with: string[];
  without: string[];
}

interface Output {
  body: string;
  title: string | null;
  published: string | null;
  /** How the body was found (Article.bodyFrom), or why there is none. */
  from: string;
}

interface Score {
  p: number;
  r: number;
  f1: number;
}

const words = (text: string): Map<string, number> => {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
};

const size = (bag: Map<string, number>): number => [...bag.values()].reduce((a, b) => a + b, 0);

function score(predicted: string, truth: string): Score {
  const a = words(predicted);
  const b = words(truth);
  let overlap = 0;
  for (const [w, n] of a) overlap += Math.min(n, b.get(w) ?? 0);
  const p = size(a) ? overlap / size(a) : 0;
  const r = size(b) ? overlap / size(b) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Typographic quotes as straight ones: the truth titles often have them so. */
const quotes = (s: string): string => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');

function dyad(name: string, bytes: Uint8Array, url: string): Output {
  try {
    const a = extractArticle({ input: name, bytes, url, contentType: null });
    return { body: a.body, title: a.title, published: a.published, from: a.bodyFrom ?? 'readability' };
  } catch (e) {
    return { body: '', title: null, published: null, from: `error: ${(e as Error).message}` };
  }
}

function readability(bytes: Uint8Array): Output {
  const { document } = parseHTML(new TextDecoder().decode(bytes));
  const parsed = new Readability(document).parse();
  return { body: parsed?.textContent ?? '', title: parsed?.title ?? null, published: parsed?.publishedTime ?? null, from: 'readability' };
}

interface Row {
  name: string;
  score: Score;
  titleOk: boolean;
  titleQuotesOk: boolean;
  dateOk: boolean | null;
  withFound: number;
  withoutKept: number;
  empty: boolean;
}

function evaluate(name: string, out: Output, truth: Truth): Row {
  const body = norm(out.body);
  return {
    name,
    score: score(out.body, truth.main_content),
    titleOk: truth.title !== null && out.title !== null && norm(out.title) === norm(truth.title),
    titleQuotesOk: truth.title !== null && out.title !== null && quotes(norm(out.title)) === quotes(norm(truth.title)),
    dateOk: truth.published ? (out.published ?? '').slice(0, 10) === truth.published.slice(0, 10) : null,
    withFound: truth.with.filter((s) => body.includes(norm(s))).length,
    withoutKept: truth.without.filter((s) => body.includes(norm(s))).length,
    empty: body.length === 0,
  };
}

function summary(label: string, rows: Row[], seconds: number, truths: Truth[]): string {
  const mean = (f: (r: Row) => number): number => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const dated = rows.filter((r) => r.dateOk !== null);
  const withs = truths.reduce((a, t) => a + t.with.length, 0);
  const withouts = truths.reduce((a, t) => a + t.without.length, 0);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  return [
    label,
    String(rows.length),
    mean((r) => r.score.f1).toFixed(3),
    mean((r) => r.score.p).toFixed(3),
    mean((r) => r.score.r).toFixed(3),
    pct(mean((r) => (r.titleOk ? 1 : 0))),
    pct(mean((r) => (r.titleQuotesOk ? 1 : 0))),
    pct(dated.filter((r) => r.dateOk).length / dated.length),
    pct(rows.reduce((a, r) => a + r.withFound, 0) / withs),
    pct(rows.reduce((a, r) => a + r.withoutKept, 0) / withouts),
    String(rows.filter((r) => r.empty).length),
    (rows.length / seconds).toFixed(1),
  ].join(' | ');
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = join(sharedDir(), 'benchmarks', 'extraction');
  const only = flag('--only')?.split(',');
  const names = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((n) => !only || only.includes(n))
    .sort();
  const pages = names.map((name) => ({
    name,
    bytes: new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', `${name}.html.gz`)))),
    truth: JSON.parse(readFileSync(join(dir, 'truth', `${name}.json`), 'utf8')) as Truth,
  }));
  const truths = pages.map((p) => p.truth);

  const run = (f: (p: (typeof pages)[number]) => Output): { outs: Output[]; seconds: number } => {
    const outs: Output[] = [];
    let ns = 0n;
    for (const p of pages) {
      const t0 = process.hrtime.bigint();
      outs.push(f(p));
      ns += process.hrtime.bigint() - t0;
    }
    return { outs, seconds: Number(ns) / 1e9 };
  };
  // Warm both up on a few pages so neither pays the JIT alone.
  for (const p of pages.slice(0, 10)) {
    readability(p.bytes);
    dyad(p.name, p.bytes, p.truth.url);
  }
  const skipBase = args.includes('--no-baseline');
  const base = skipBase ? { outs: pages.map(() => ({ body: '', title: null, published: null, from: 'skipped' })), seconds: 1 } : run((p) => readability(p.bytes));
  const ours = run((p) => dyad(p.name, p.bytes, p.truth.url));
  const baseRows = pages.map((p, i) => evaluate(p.name, base.outs[i]!, p.truth));
  const ourRows = pages.map((p, i) => evaluate(p.name, ours.outs[i]!, p.truth));

  console.log(`${pages.length} pages from ${dir}`);
  console.log('extractor | pages | F1 | precision | recall | title exact | title, quotes straightened | date right day | `with` found | `without` kept | no text | pages/s');
  console.log('---|---|---|---|---|---|---|---|---|---|---|---');
  const halves: [string, (name: string) => boolean][] = [
    ['A', (n) => tuningHalf(n) === 'A'],
    ['B', (n) => tuningHalf(n) === 'B'],
    ['all', () => true],
  ];
  for (const [label, rows, run] of [['Dyad', ourRows, ours], ['Readability 0.6 + linkedom', baseRows, base]] as const) {
    for (const [half, keep] of halves) {
      const idx = pages.map((p, i) => (keep(p.name) ? i : -1)).filter((i) => i >= 0);
      // Speed is for all pages only: a half's time is not measured on its own.
      const line = summary(`${label}, ${half}`, idx.map((i) => rows[i]!), run.seconds, idx.map((i) => truths[i]!));
      console.log(half === 'all' ? line : line.replace(/ \| [\d.]+$/, ' | '));
    }
  }
  const paths = new Map<string, number>();
  for (const o of ours.outs) paths.set(o.from.startsWith('error') ? 'error' : o.from, (paths.get(o.from.startsWith('error') ? 'error' : o.from) ?? 0) + 1);
  console.log(`body found by: ${[...paths].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  const worst = Number(flag('--worst') ?? 0);
  if (worst > 0) {
    const sorted = ourRows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => tuningHalf(r.name) === 'A')
      .sort((a, b) => a.r.score.f1 - b.r.score.f1);
    for (const { r, i } of sorted.slice(0, worst)) {
      const b = baseRows[i]!.score;
      console.log(
        `${r.name} F1 ${r.score.f1.toFixed(3)} P ${r.score.p.toFixed(3)} R ${r.score.r.toFixed(3)} (readability F1 ${b.f1.toFixed(3)}) ${pages[i]!.truth.url}`,
      );
    }
  }
  if (args.includes('--misses')) {
    for (const [i, r] of ourRows.entries()) {
      if (tuningHalf(r.name) !== 'A') continue;
      const t = pages[i]!.truth;
      const o = ours.outs[i]!;
      if (!r.titleOk) console.log(`${r.name} title: ${JSON.stringify(o.title)} truth ${JSON.stringify(t.title)}`);
      if (r.dateOk === false) console.log(`${r.name} date: ${o.published} truth ${t.published} ${t.url}`);
      if (r.empty) console.log(`${r.name} no text: ${o.from} ${t.url}`);
    }
  }
  const out = flag('--out');
  if (out) {
    const detail = pages.map((p, i) => ({
      name: p.name,
      url: p.truth.url,
      dyad: { ...ourRows[i], title: ours.outs[i]!.title, published: ours.outs[i]!.published },
      readability: { ...baseRows[i], title: base.outs[i]!.title },
      truth: { title: p.truth.title, published: p.truth.published },
    }));
    writeFileSync(out, JSON.stringify(detail, null, 1));
    const dump = flag('--dump');
    if (dump) writeFileSync(dump, JSON.stringify(Object.fromEntries(pages.map((p, i) => [p.name, ours.outs[i]!.body]))));
  }
}

main();

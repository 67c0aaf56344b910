/**
 * Publication date benchmark: share of pages whose extracted date has the right day, for half A (the
 * pages tuned on), half B (held out) and all pages.
 * Usage: node --import tsx bench/dates.ts [--show]     --show lists half A's misses
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/extract/extract-article.js';
import { sharedDir } from './shared-dir.js';
import { tuningHalf } from './tuning-half.js';

type Outcome = 'right' | 'wrong' | 'none' | 'failed';

function main(): void {
  const show = process.argv.includes('--show');
  const dir = join(sharedDir(), 'benchmarks', 'dates');
  // The file writes a missing date as NaN, which JSON does not allow; those pages have no truth.
  const raw = readFileSync(join(dir, 'truth.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  const all = JSON.parse(raw) as Record<string, { url: string; published: string | null }>;
  const names = Object.keys(all)
    .filter((k) => all[k]!.published)
    .sort();
  const outcomes = new Map<string, Outcome>();
  let ns = 0n;
  for (const name of names) {
    const t = all[name]!;
    const truth = t.published!.slice(0, 10);
    const bytes = new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', name))));
    const t0 = process.hrtime.bigint();
    let published: string | null = null;
    let failed = false;
    try {
      published = extractArticle({ input: name, bytes, url: t.url, contentType: null }).published;
    } catch {
      failed = true;
    }
    ns += process.hrtime.bigint() - t0;
    const outcome: Outcome = failed ? 'failed' : published === null ? 'none' : published.slice(0, 10) === truth ? 'right' : 'wrong';
    outcomes.set(name, outcome);
    if (show && outcome !== 'right' && tuningHalf(name) === 'A') console.log(name, truth, published, t.url);
  }
  console.log(`${names.length} pages from ${dir}`);
  console.log('half | pages | right day | wrong day | no date found | extraction failed (no article) | pages/s');
  console.log('---|---|---|---|---|---|---');
  for (const half of ['A', 'B', 'all'] as const) {
    const kept = names.filter((n) => half === 'all' || tuningHalf(n) === half);
    const share = (o: Outcome): string => `${((100 * kept.filter((n) => outcomes.get(n) === o).length) / kept.length).toFixed(1)}%`;
    const speed = half === 'all' ? (names.length / (Number(ns) / 1e9)).toFixed(1) : '';
    // "wrong" and "failed" both count as not right; "no date" includes failed pages, as before.
    const none = `${((100 * kept.filter((n) => outcomes.get(n) === 'none' || outcomes.get(n) === 'failed').length) / kept.length).toFixed(1)}%`;
    console.log([half, kept.length, share('right'), share('wrong'), none, share('failed'), speed].join(' | '));
  }
}

main();

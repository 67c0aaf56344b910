/**
 * Publication date benchmark: share of pages whose extracted date has the right day.
 * Usage: node --import tsx bench/dates.ts [--show]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/extract/extract-article.js';
import { sharedDir } from './shared-dir.js';

interface Truth {
  url: string;
  published: string;
}

function main(): void {
  const show = process.argv.includes('--show');
  const dir = join(sharedDir(), 'benchmarks', 'dates');
  // The file writes a missing date as NaN, which JSON does not allow; those pages have no truth.
  const raw = readFileSync(join(dir, 'truth.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  const all = JSON.parse(raw) as Record<string, { url: string; published: string | null }>;
  const truth: Record<string, Truth> = {};
  for (const [k, v] of Object.entries(all)) if (v.published) truth[k] = { url: v.url, published: v.published };
  let right = 0;
  let none = 0;
  let failed = 0;
  let ns = 0n;
  const names = Object.keys(truth).sort();
  for (const name of names) {
    const t = truth[name]!;
    const bytes = new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', name))));
    const t0 = process.hrtime.bigint();
    let published: string | null = null;
    try {
      published = extractArticle({ input: name, bytes, url: t.url, contentType: null }).published;
    } catch {
      failed++;
    }
    ns += process.hrtime.bigint() - t0;
    if (published === null) none++;
    else if (published.slice(0, 10) === t.published.slice(0, 10)) right++;
    if (show && published?.slice(0, 10) !== t.published.slice(0, 10)) console.log(name, t.published, published, t.url);
  }
  const pct = (x: number): string => `${((100 * x) / names.length).toFixed(1)}%`;
  console.log(`${names.length} pages from ${dir}`);
  console.log('right day | wrong day | no date found | extraction failed (no article) | pages/s');
  console.log('---|---|---|---|---');
  console.log([pct(right), pct(names.length - right - none), pct(none), pct(failed), (names.length / (Number(ns) / 1e9)).toFixed(1)].join(' | '));
}

main();

/**
 * The explorer on a store of real news pages (issue 12): the 477 pages of
 * ../shared/benchmarks/dates/html/ (200 English news pages of 2020 with the 26 of bench/gold/, and
 * pages of mixed sites and languages, which the pipeline refuses) through the real pipeline into a
 * temporary store, served on 127.0.0.1, and every view screenshotted at desktop and phone width
 * with the browser suite's checks (test/browser/explorer-views.ts): pixels in each chart and page,
 * no sideways scrolling, no console errors. Prints a table; the screenshots are kept for looking at.
 *
 *   node --import tsx bench/explorer-real-pages.ts [--out bench/out/explorer-real-pages] [--pages N] [--db PATH]
 *
 * Needs Chromium (/usr/bin/chromium or DYAD_CHROMIUM) and `npm run build` (the page's bundle).
 * `--db` keeps the store there (and reuses it when it exists, skipping the ingest).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { readInput } from '../src/io/read-input.js';
import { packageRoot } from '../src/package-root.js';
import { processDocument } from '../src/pipeline.js';
import { startServer } from '../src/server/start-server.js';
import { openStore } from '../src/store/open-store.js';
import type { EventStore } from '../src/store/event-store.js';
import { pickViews, shootViews } from '../test/browser/explorer-views.js';
import { sharedDir } from './shared-dir.js';

/** Pages through the pipeline into the store, one at a time; a page refused or not stored is counted, not fatal. */
async function ingest(store: EventStore, dir: string, pages: string[]): Promise<{ stored: number; refused: Map<string, number>; storeErrors: string[]; cpuMs: number; wallMs: number }> {
  const refused = new Map<string, number>();
  const storeErrors: string[] = [];
  let stored = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [i, page] of pages.entries()) {
    let result;
    try {
      result = processDocument(await readInput(join(dir, page)));
    } catch (err) {
      // "not an article: no sentences of prose", "no article text found", a language not coded...
      const reason = (err instanceof Error ? err.message : String(err)).replace(/^.*?: /, '').replace(/\(.*$/, '').trim();
      refused.set(reason, (refused.get(reason) ?? 0) + 1);
      continue;
    }
    try {
      await store.addArticle(result.article, result.coded, page);
      stored++;
    } catch (err) {
      storeErrors.push(`${page}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if ((i + 1) % 50 === 0) process.stderr.write(`ingest: ${i + 1}/${pages.length} pages, ${stored} stored\n`);
  }
  const used = process.cpuUsage(cpu);
  return { stored, refused, storeErrors, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, pages: { type: 'string' }, db: { type: 'string' } } });
  const out = values.out ?? join(packageRoot(), 'bench', 'out', 'explorer-real-pages');
  const chromiumPath = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new Error(`no browser at ${chromiumPath} (apt-get install chromium, or set DYAD_CHROMIUM)`);
  if (!existsSync(join(packageRoot(), 'dist', 'web', 'app.js'))) throw new Error('dist/web/app.js is missing: run "npm run build" first');
  const dir = join(sharedDir(), 'benchmarks', 'dates', 'html');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, values.pages === undefined ? undefined : Number(values.pages));
  const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'dyad-real-pages-')), 'real.db');
  const fresh = !existsSync(db);
  const store = await openStore(db);
  try {
    if (fresh) {
      const r = await ingest(store, dir, pages);
      console.log(`Ingest: ${pages.length} pages of ${dir}: ${r.stored} stored, ${[...r.refused.values()].reduce((a, b) => a + b, 0)} refused, ${r.storeErrors.length} not stored (store error); ${(r.wallMs / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, in this thread`);
      for (const [reason, n] of [...r.refused].sort((x, y) => y[1] - x[1])) console.log(`  refused ${n}: ${reason}`);
      for (const e of r.storeErrors) console.log(`  store error: ${e}`);
    }
    const stats = await store.stats();
    console.log(`Store ${db}: ${stats.articles} articles, ${stats.mentions} event reports merged into ${stats.events} events`);
    const server = await startServer(store, { port: 0 });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage();
      const views = await pickViews(store);
      const results = await shootViews(page, server.url, views, out);
      console.log(`\n| viewport | view | URL | load ms | chart pixels | page pixels | console errors | result |\n| --- | --- | --- | ---: | ---: | ---: | ---: | --- |`);
      for (const r of results) {
        const hash = views.find((v) => v.name === r.view)?.hash ?? '';
        console.log(`| ${r.viewport} | ${r.view} | \`${hash}\` | ${r.ms} | ${r.chartPixels ?? '-'} | ${r.pagePixels} | ${r.errors.length} | ${r.problems.length === 0 ? 'pass' : r.problems.join('; ')} |`);
      }
      const failed = results.filter((r) => r.problems.length > 0).length;
      console.log(`\n${results.length - failed} of ${results.length} views pass; screenshots in ${out}`);
      process.exitCode = failed > 0 ? 1 : 0;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(`explorer-real-pages: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});

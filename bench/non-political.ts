/**
 * Events from pages that report none (issue 9): `dyad code` over the 792 pages of
 * ../shared/benchmarks/extraction/html/ (how-to, product, blog and news-feature pages), events per
 * page, and where they come from: the most frequent (CAMEO code, trigger) with a sentence each.
 *
 *   node --import tsx bench/non-political.ts            events per page and the 20 most frequent
 *   node --import tsx bench/non-political.ts --list 50  the 50 most frequent
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInput } from '../src/io/read-input.js';
import { processDocument } from '../src/pipeline.js';
import { sharedDir } from './shared-dir.js';

interface Source {
  count: number;
  pages: Set<string>;
  example: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { list: { type: 'string', default: '20' } } });
  const listed = Number(values.list);
  if (!Number.isInteger(listed) || listed < 0) throw new Error(`--list wants a count, got "${values.list}"`);
  const dir = join(sharedDir(), 'benchmarks', 'extraction', 'html');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  const sources = new Map<string, Source>();
  let events = 0;
  let english = 0;
  let failed = 0;
  const pagesWithEvents = new Set<string>();
  const byRoot = new Map<string, number>();
  const started = performance.now();
  for (const page of pages) {
    let coded;
    try {
      const { article, coded: c } = processDocument(await readInput(join(dir, page)));
      // dyad code codes English only and reports other languages as a failure of that input.
      if (article.language !== null && article.language !== 'en') continue;
      coded = c;
    } catch {
      failed++;
      continue;
    }
    english++;
    for (const e of coded.events) {
      events++;
      pagesWithEvents.add(page);
      byRoot.set(e.action.cameo.slice(0, 2), (byRoot.get(e.action.cameo.slice(0, 2)) ?? 0) + 1);
      const key = `${e.action.cameo}\t${e.action.text.toLowerCase()}`;
      const s = sources.get(key) ?? { count: 0, pages: new Set<string>(), example: `${page}: ${e.source.code} -> ${e.target?.code ?? '-'}: "${e.sentence.text.replace(/\s+/g, ' ').slice(0, 150)}"` };
      s.count++;
      s.pages.add(page);
      sources.set(key, s);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`Non-political pages: ${pages.length} pages of ${dir} (${seconds.toFixed(1)} s)`);
  console.log('pages | coded (English) | not coded (other language or failed) | pages with events | events | events a page');
  console.log('---|---|---|---|---|---');
  console.log([pages.length, english, pages.length - english, pagesWithEvents.size, events, (events / pages.length).toFixed(2)].join(' | '));
  const roots = [...byRoot].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}: ${n}`);
  console.log(`by CAMEO root: ${roots.join(', ')}${failed ? `; ${failed} pages failed to extract` : ''}`);
  if (listed > 0) {
    console.log(`\nthe ${listed} most frequent (CAMEO code, trigger): events, pages, an example`);
    const top = [...sources].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, listed);
    for (const [key, s] of top) console.log(`${key.replace('\t', ' "')}"  ${s.count} events, ${s.pages.size} pages  e.g. ${s.example}`);
  }
}

main().catch((err: unknown) => {
  console.error(`non-political: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});

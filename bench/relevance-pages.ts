/**
 * Events a page over the non-political pages of ../shared/benchmarks/extraction/html/ (how-to,
 * product, blog pages): the relevance gate's measure. Prints the total and writes every event left
 * (page, source, target, CAMEO, sentence) to the file given, for reading what remains and why.
 *
 *   node --import tsx bench/relevance-pages.ts [OUT.tsv]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processDocument } from '../src/pipeline.js';
import { sharedDir } from './shared-dir.js';

const dir = join(sharedDir(), 'benchmarks', 'extraction');
const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const rows: string[] = [];
let events = 0;
const t0 = Date.now();
for (const f of files) {
  const id = f.slice(0, -'.html.gz'.length);
  const { url } = JSON.parse(readFileSync(join(dir, 'truth', `${id}.json`), 'utf8')) as { url: string };
  try {
    const { coded } = processDocument({ input: f, bytes: gunzipSync(readFileSync(join(dir, 'html', f))), url, contentType: null });
    events += coded.events.length;
    for (const e of coded.events) rows.push([id, e.source.code, e.target?.code ?? '', e.action.cameo, e.sentence.text.replace(/\s+/g, ' ')].join('\t'));
  } catch {
    // a page with no article text has no events either
  }
}
if (process.argv[2]) writeFileSync(process.argv[2], rows.join('\n') + '\n');
console.log(`${files.length} pages, ${events} events, ${(events / files.length).toFixed(2)} a page, on ${new Set(rows.map((r) => r.split('\t')[0])).size} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

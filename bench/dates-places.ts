/**
 * Speed of findDates and of the place gazetteer.
 *   node --import tsx bench/dates-places.ts [sentences.tsv]
 * Sentences: the `sentence` column of ../shared/benchmarks/plover-pairs/dev.tsv by default
 * (English news, 2017-2020), resolved against 2020-06-15.
 */
import { readFileSync } from 'node:fs';
import { findDates } from '../src/code/dates.js';
import { findPlaceAt, loadGazetteer } from '../src/knowledge/places.js';

const file = process.argv[2] ?? new URL('../../shared/benchmarks/plover-pairs/dev.tsv', import.meta.url).pathname;
const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
const sentences = [...new Set(rows.map((r) => r.split('\t')[1] ?? ''))].filter(Boolean);
const REFERENCE = '2020-06-15';

function rate(label: string, run: () => number, minMs = 3000): void {
  run(); // warm-up
  let calls = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) calls += run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${label}: ${Math.round((calls / wall) * 1000)} /s wall, ${Math.round((calls / cpuMs) * 1000)} /s CPU (${calls} calls)`);
}

console.log(`${sentences.length} sentences from ${file}`);
let mentions = 0;
for (const s of sentences) mentions += findDates(s, REFERENCE).length;
console.log(`date mentions found: ${mentions}`);
rate('findDates sentences', () => {
  for (const s of sentences) findDates(s, REFERENCE);
  return sentences.length;
});

global.gc?.();
const heap0 = process.memoryUsage();
const c0 = process.cpuUsage();
const t0 = performance.now();
const stats = loadGazetteer();
const loadMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
global.gc?.();
const heap1 = process.memoryUsage();
console.log(
  `gazetteer load: ${stats.cities} cities, ${stats.names} names; ${Math.round(loadMs)} ms wall, ` +
    `${Math.round((cpu.user + cpu.system) / 1000)} ms CPU; heap +${((heap1.heapUsed - heap0.heapUsed) / 1e6).toFixed(1)} MB, ` +
    `rss +${((heap1.rss - heap0.rss) / 1e6).toFixed(1)} MB (run with --expose-gc for exact heap figures)`,
);

let places = 0;
for (const s of sentences) for (let i = 0; i < s.length; i++) if (findPlaceAt(s, i)) places++;
console.log(`places found scanning every offset: ${places}`);
rate('findPlaceAt sentences (every offset)', () => {
  for (const s of sentences) for (let i = 0; i < s.length; i++) findPlaceAt(s, i);
  return sentences.length;
});

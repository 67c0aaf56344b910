/**
 * Events on real news against hand-coded gold (bench/gold/, see its README): the whole pipeline on
 * 26 English political pages of ../shared/benchmarks/dates/html/, scored for precision and recall
 * (same article and sentence, source and target at country level, CAMEO root), per half of the
 * fixed split: A is for looking at errors, B is the honest number.
 *
 *   node --import tsx bench/real-news.ts             the numbers, halves A, B and all
 *   node --import tsx bench/real-news.ts --show A    also half A's misses and false positives
 *   node --import tsx bench/real-news.ts --finder tree   arguments from the dependency tree (window, tree or hybrid)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInput } from '../src/io/read-input.js';
import type { ArgumentFinder } from '../src/code/argument-finder.js';
import { processDocument } from '../src/pipeline.js';
import { finderOption } from './finder-option.js';
import type { Event } from '../src/types/index.js';
import { actorAgreement, matchEvents, sameSentence, type GoldEvent, type ProducedEvent } from './match-events.js';
import { sharedDir } from './shared-dir.js';

interface GoldLine {
  page: string;
  sentence: string;
  event?: false;
  source?: string;
  target?: string | null;
  cameo?: string;
  modality?: string;
  symmetric?: boolean;
  alt?: GoldEvent['alt'];
  note?: string;
}

type Half = 'A' | 'B';

interface PageScore {
  page: string;
  half: Half;
  gold: number;
  produced: number;
  matched: number;
  inGoldSentences: number;
  sourceRight: number;
  targetRight: number;
  onNoEventSentences: number;
  unresolvedSources: number;
  modalityAgrees: number;
  missingSentences: string[];
  details: string[];
}

const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), 'gold');

function readGold(): Map<string, GoldLine[]> {
  const byPage = new Map<string, GoldLine[]>();
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(GOLD_DIR, file), 'utf8').split('\n').filter((l) => l.trim());
    for (const [i, line] of lines.entries()) {
      const g = JSON.parse(line) as GoldLine;
      if (!g.page || !g.sentence || (g.event !== false && (!g.source || !g.cameo))) {
        throw new Error(`bench/gold/${file}:${i + 1}: a gold line needs page, sentence, and source and cameo unless "event": false`);
      }
      byPage.set(g.page, [...(byPage.get(g.page) ?? []), g]);
    }
  }
  return byPage;
}

/** The fixed split of bench/gold/README.md: sorted pages alternate, the first in half A. */
function halfOf(pages: readonly string[]): Map<string, Half> {
  return new Map([...pages].sort().map((p, i) => [p, i % 2 === 0 ? 'A' : 'B']));
}

function spansOf(body: string, text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) spans.push([at, at + text.length]);
  return spans;
}

/** No actor Dyad could name: '---', or a bare sector with neither country, IGO/NGO nor entity. */
function unresolved(actor: Event['source']): boolean {
  if (actor.code === '' || actor.code === '---') return true;
  return actor.country === null && actor.entity === null && !/^(IGO|NGO)/.test(actor.code);
}

const describeEvent = (e: Event): string =>
  `${e.action.cameo} "${e.action.text}" ${e.source.code}(${e.source.text}) -> ${e.target ? `${e.target.code}(${e.target.text})` : '-'}${e.modality === 'asserted' ? '' : ` [${e.modality}]`}`;
const describeGold = (g: GoldLine): string =>
  `${g.cameo ?? ''} ${g.source ?? ''} -> ${g.target ?? '-'}${g.modality ? ` [${g.modality}]` : ''}  (${g.note ?? ''})`;

async function scorePage(page: string, half: Half, lines: GoldLine[], truth: { url: string; published: string | null }, dir: string, finder: ArgumentFinder | undefined): Promise<PageScore> {
  const doc = await readInput(join(dir, 'html', page));
  const { article, coded } = processDocument({ ...doc, url: truth.url }, { published: truth.published, finder });
  const body = article.body;
  const events = coded.events;
  const goldLines = lines.filter((g) => g.event !== false);
  const noEventSpans = lines.filter((g) => g.event === false).flatMap((g) => spansOf(body, g.sentence));
  const onNoEventSentence = (e: Event): boolean => noEventSpans.some((s) => s[0] < e.sentence.end && e.sentence.start < s[1]);
  const missingSentences = lines.filter((g) => spansOf(body, g.sentence).length === 0).map((g) => g.sentence);
  const gold: GoldEvent[] = goldLines.map((g) => ({
    source: g.source ?? null,
    target: g.target ?? null,
    cameo: g.cameo ?? '',
    spans: spansOf(body, g.sentence),
    symmetric: g.symmetric,
    alt: g.alt,
  }));
  const produced: ProducedEvent[] = events.map((e) => ({
    source: e.source.code,
    target: e.target?.code ?? null,
    cameo: e.action.cameo,
    sentence: [e.sentence.start, e.sentence.end],
  }));
  const matchOf = matchEvents(gold, produced);
  const matchedProduced = new Set(matchOf.filter((p) => p !== -1));
  let inGoldSentences = 0;
  let sourceRight = 0;
  let targetRight = 0;
  for (const p of produced) {
    const agreement = actorAgreement(gold, p);
    if (!agreement) continue;
    inGoldSentences++;
    if (agreement.source) sourceRight++;
    if (agreement.target) targetRight++;
  }
  const modalityAgrees = matchOf.filter((p, g) => p !== -1 && (events[p]?.modality ?? '') === (goldLines[g]?.modality ?? 'asserted')).length;
  const details: string[] = [];
  goldLines.forEach((g, i) => {
    const p = matchOf[i] ?? -1;
    const found = p === -1 ? null : events[p];
    const tag = found ? 'ok  ' : 'MISS';
    details.push(`  ${tag} gold ${describeGold(g)}\n       ${found ? `got  ${describeEvent(found)}` : `in   "${g.sentence.slice(0, 140)}"`}`);
    if (!found) {
      const here = produced.flatMap((q, j) => (sameSentence(gold[i]!, q) && !matchedProduced.has(j) ? [events[j]!] : []));
      for (const e of here) details.push(`       there: ${describeEvent(e)}`);
    }
  });
  events.forEach((e, j) => {
    if (matchedProduced.has(j)) return;
    const inGold = gold.some((g) => sameSentence(g, produced[j]!));
    if (inGold) return; // shown next to the gold event it missed
    details.push(`  FP${onNoEventSentence(e) ? '(no-event sentence)' : ''} ${describeEvent(e)}\n       in   "${e.sentence.text.slice(0, 160)}"`);
  });
  return {
    page,
    half,
    gold: gold.length,
    produced: events.length,
    matched: matchedProduced.size,
    inGoldSentences,
    sourceRight,
    targetRight,
    onNoEventSentences: events.filter(onNoEventSentence).length,
    unresolvedSources: events.filter((e) => unresolved(e.source)).length,
    modalityAgrees,
    missingSentences,
    details,
  };
}

const pct = (x: number, n: number): string => (n ? `${((100 * x) / n).toFixed(1)}%` : '-');
const ratio = (x: number, n: number): string => (n ? (x / n).toFixed(2) : '-');

function summary(label: string, scores: readonly PageScore[]): string {
  const sum = (f: (s: PageScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const [gold, produced, matched] = [sum((s) => s.gold), sum((s) => s.produced), sum((s) => s.matched)];
  const p = produced ? matched / produced : 0;
  const r = gold ? matched / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `${label} | ${scores.length} | ${gold} | ${produced} | ${matched} | ${ratio(matched, produced)} | ${ratio(matched, gold)} | ${f1.toFixed(2)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { show: { type: 'string' }, finder: { type: 'string' } } });
  const finder = finderOption(values.finder);
  if (values.show !== undefined && values.show !== 'A') {
    throw new Error('--show takes A only: half B is the honest number and its errors stay unseen');
  }
  const dir = join(sharedDir(), 'benchmarks', 'dates');
  // truth.json writes a missing date as NaN, which JSON does not allow.
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { url: string; published: string | null }>;
  const gold = readGold();
  const halves = halfOf([...gold.keys()]);
  const started = performance.now();
  const scores: PageScore[] = [];
  for (const [page, lines] of [...gold].sort((a, b) => a[0].localeCompare(b[0]))) {
    scores.push(await scorePage(page, halves.get(page) ?? 'A', lines, truth[page] ?? { url: '', published: null }, dir, finder));
  }
  const seconds = (performance.now() - started) / 1000;
  const sum = (f: (s: PageScore) => number, of = scores): number => of.reduce((a, s) => a + f(s), 0);

  console.log(`Real-news events: ${scores.length} pages of ${dir}/html, gold in bench/gold (${seconds.toFixed(1)} s)`);
  console.log('half | pages | gold events | produced | matched | precision | recall | F1');
  console.log('---|---|---|---|---|---|---|---');
  for (const half of ['A', 'B'] as const) console.log(summary(half, scores.filter((s) => s.half === half)));
  console.log(summary('all', scores));
  console.log('\nactors (issue 9) | produced events in a gold sentence | source right | target right | unresolved sources | events on no-event sentences | modality agrees (matched)');
  console.log('---|---|---|---|---|---|---');
  for (const half of ['A', 'B', 'all'] as const) {
    const of = half === 'all' ? scores : scores.filter((s) => s.half === half);
    const inGold = sum((s) => s.inGoldSentences, of);
    const produced = sum((s) => s.produced, of);
    console.log(
      [
        half,
        inGold,
        pct(sum((s) => s.sourceRight, of), inGold),
        pct(sum((s) => s.targetRight, of), inGold),
        `${pct(sum((s) => s.unresolvedSources, of), produced)} (${sum((s) => s.unresolvedSources, of)}/${produced})`,
        sum((s) => s.onNoEventSentences, of),
        pct(sum((s) => s.modalityAgrees, of), sum((s) => s.matched, of)),
      ].join(' | '),
    );
  }
  console.log('\npage | half | gold | produced | matched | in gold sentences | on no-event sentences | unresolved sources');
  console.log('---|---|---|---|---|---|---|---');
  for (const s of scores) {
    console.log([s.page, s.half, s.gold, s.produced, s.matched, s.inGoldSentences, s.onNoEventSentences, s.unresolvedSources].join(' | '));
  }
  const missing = scores.flatMap((s) => s.missingSentences.map((m) => `${s.page}: "${m}"`));
  if (missing.length) {
    console.log(`\n${missing.length} gold sentences are not in the extracted text any more (the extractor changed; fix bench/gold):`);
    for (const m of missing) console.log(`  ${m}`);
    process.exitCode = 1;
  }
  if (values.show === 'A') {
    for (const s of scores.filter((x) => x.half === 'A')) {
      console.log(`\n## ${s.page}: ${s.matched}/${s.gold} gold found, ${s.produced - s.matched} produced events unmatched`);
      for (const line of s.details) console.log(line);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`real-news: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});

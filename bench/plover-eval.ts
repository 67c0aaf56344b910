/**
 * Accuracy of the event coder on ../shared/benchmarks/plover-pairs/dev.tsv, scored as that folder's
 * README says: code each raw sentence as its own article (publication date unknown); take the event
 * whose source overlaps the marked source and whose target overlaps the marked target; it is right
 * when its PLOVER type equals gold_root (YIELD matches CONCEDE and RETREAT). No such event is wrong.
 *
 * The pairs are split once into halves by sentence (a seeded hash, so a sentence with several
 * pairs stays in one half): A is for looking at errors when writing rules, B is the honest number.
 *
 *   npm run eval                      halves A and B and all (DYAD_SHARED overrides ../shared)
 *   npm run eval -- --half B          the full report for one half
 *   npm run eval -- --errors 40       also prints 40 wrong pairs of half A (never B's)
 *   npm run eval -- --finder tree     arguments from the dependency tree (window, tree or hybrid; the coder's default otherwise)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate } from '../src/annotate/index.js';
import type { ArgumentFinder } from '../src/code/argument-finder.js';
import { codeArticle } from '../src/pipeline.js';
import { finderOption } from './finder-option.js';
import { defaultActorDictionary } from '../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../src/resolve/index.js';
import type { Article, Event } from '../src/types/index.js';
import { sharedDir } from './shared-dir.js';

type Half = 'A' | 'B';
/** The seed of the one split into halves; changing it would spoil half B. */
const HALF_SEED = 'dyad plover-pairs halves 2026-12-06';
const halfOf = (sentence: string): Half => ((createHash('sha256').update(`${HALF_SEED}\n${sentence}`).digest()[0] ?? 0) < 128 ? 'A' : 'B');

interface Pair {
  id: string;
  sentence: string;
  source: [number, number];
  target: [number, number];
  gold: string;
  half: Half;
}

/** Offsets of the <s> and <t> spans in the sentence without the tags. */
function spansOf(marked: string): { text: string; s: [number, number]; t: [number, number] } {
  let text = '';
  const open: Record<string, number> = {};
  const spans: Record<string, [number, number]> = { s: [0, 0], t: [0, 0] };
  const re = /<(\/?)([st])>/g;
  let last = 0;
  for (let m = re.exec(marked); m !== null; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[2] ?? 's';
    if (m[1]) spans[tag] = [open[tag] ?? 0, text.length];
    else open[tag] = text.length;
  }
  text += marked.slice(last);
  return { text, s: spans.s ?? [0, 0], t: spans.t ?? [0, 0] };
}

function readPairs(file: string): Pair[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((line) => {
    const [id = '', , marked = '', , , gold = ''] = line.split('\t');
    const { text, s, t } = spansOf(marked);
    return { id, sentence: text, source: s, target: t, gold, half: halfOf(text) };
  });
}

function articleOf(id: string, body: string): Article {
  return {
    id: `a_eval_${id}`, url: null, title: null, subtitle: null, byline: [], published: null, language: 'en',
    images: [], body, paragraphs: [{ start: 0, end: body.length }],
    source: { kind: 'text', bytes: body.length, sha256: '' },
  };
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
const matches = (predicted: string | null, gold: string) =>
  predicted === gold || (gold === 'YIELD' && (predicted === 'CONCEDE' || predicted === 'RETREAT'));

/** What coding a pair gave; `why` says why there was no event (actors unresolved, or not linked). */
type Outcome = { pair: Pair; right: boolean; none: boolean; why: 'noSource' | 'noTarget' | 'unlinked' | 'wrongPair' | null; withEvents: boolean; error: string | null };

const dictionary = defaultActorDictionary();
function diagnose(p: Pair, events: readonly Event[]): NonNullable<Outcome['why']> {
  const mentions = resolveActors(annotate(articleOf(p.id, p.sentence)), dictionary, null).flatMap((s) => s.mentions);
  if (!mentions.some((m) => overlaps(m.span, p.source))) return 'noSource';
  if (!mentions.some((m) => overlaps(m.span, p.target))) return 'noTarget';
  return events.length ? 'wrongPair' : 'unlinked';
}

function score(pairs: readonly Pair[], finder: ArgumentFinder | undefined): Outcome[] {
  const cache = new Map<string, Event[]>();
  return pairs.map((p) => {
    let events = cache.get(p.sentence);
    if (!events) {
      events = codeArticle(articleOf(p.id, p.sentence), { finder }).events;
      cache.set(p.sentence, events);
    }
    const best = events
      .filter((e) => overlaps(e.source.span, p.source) && e.target && overlaps(e.target.span, p.target))
      .sort((a, b) => b.confidence - a.confidence)[0];
    const right = best !== undefined && matches(best.action.plover.event, p.gold);
    const got = best ? `${best.action.plover.event ?? '-'} ${best.action.cameo} "${best.action.text}"` : `none (${events.map((e) => `${e.action.cameo}:${e.source.text}>${e.target?.text ?? '-'}`).join(', ')})`;
    return {
      pair: p,
      right,
      none: !best,
      why: best ? null : diagnose(p, events),
      withEvents: events.length > 0,
      error: right ? null : `${p.gold}\t${got}\t${p.sentence.slice(0, 160)}`,
    };
  });
}

const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1) : '-');

function report(label: string, outcomes: readonly Outcome[]): void {
  const n = outcomes.length;
  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  const right = count((o) => o.right);
  const none = count((o) => o.none);
  const why = (w: Outcome['why']) => count((o) => o.why === w);
  console.log(`${label}: ${n} pairs, ${new Set(outcomes.map((o) => o.pair.sentence)).size} sentences`);
  console.log(`accuracy ${pct(right, n)}%  (${right}/${n})`);
  console.log(`no event for the pair ${pct(none, n)}%  (${none}); sentences with any event ${pct(count((o) => o.withEvents), n)}%`);
  console.log(`no event because: source not resolved ${why('noSource')}, target not resolved ${why('noTarget')}, both resolved but no event ${why('unlinked')}, events only between other actors ${why('wrongPair')}`);
  const resolved = n - why('noSource') - why('noTarget');
  console.log(`accuracy where both actors were resolved ${pct(right, resolved)}% (${right}/${resolved}); PLOVER type right where an event joins the pair ${pct(right, n - none)}% (${right}/${n - none})`);
  console.log('class        n   right%  none%');
  const classes = [...new Set(outcomes.map((o) => o.pair.gold))];
  const of = (cls: string) => outcomes.filter((o) => o.pair.gold === cls);
  for (const cls of classes.sort((a, b) => of(b).length - of(a).length)) {
    const c = of(cls);
    console.log(`${cls.padEnd(10)} ${String(c.length).padStart(4)}  ${pct(c.filter((o) => o.right).length, c.length).padStart(6)}  ${pct(c.filter((o) => o.none).length, c.length).padStart(5)}`);
  }
}

function main(): void {
  const { values } = parseArgs({ options: { half: { type: 'string' }, errors: { type: 'string', default: '0' }, finder: { type: 'string' } } });
  const finder = finderOption(values.finder);
  if (values.half !== undefined && values.half !== 'A' && values.half !== 'B') throw new Error(`--half takes A or B, got "${values.half}"`);
  const showErrors = Number(values.errors) || 0;
  const pairs = readPairs(join(sharedDir(), 'benchmarks', 'plover-pairs', 'dev.tsv'));
  const started = performance.now();
  const outcomes = score(values.half ? pairs.filter((p) => p.half === values.half) : pairs, finder);
  const seconds = (performance.now() - started) / 1000;
  console.log(`plover-pairs dev.tsv, ${seconds.toFixed(1)} s`);
  if (values.half) {
    report(`half ${values.half}`, outcomes);
  } else {
    console.log('half | pairs | sentences | accuracy | no event for the pair');
    console.log('---|---|---|---|---');
    for (const half of ['A', 'B', 'all'] as const) {
      const o = half === 'all' ? outcomes : outcomes.filter((x) => x.pair.half === half);
      const sentences = new Set(o.map((x) => x.pair.sentence)).size;
      console.log(`${half} | ${o.length} | ${sentences} | ${pct(o.filter((x) => x.right).length, o.length)}% | ${pct(o.filter((x) => x.none).length, o.length)}%`);
    }
    console.log('');
    report('all', outcomes);
  }
  // Only half A's errors are ever shown: B stays the honest number.
  const errors = outcomes.filter((o) => o.pair.half === 'A' && o.error !== null).map((o) => o.error);
  if (showErrors) for (const line of errors.slice(0, showErrors)) console.log(line);
}

try {
  main();
} catch (err) {
  console.error(`plover-eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}

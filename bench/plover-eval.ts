/**
 * Accuracy of the event coder on ../shared/benchmarks/plover-pairs/dev.tsv, scored as that folder's
 * README says: code each raw sentence as its own article (publication date unknown); take the event
 * whose source overlaps the marked source and whose target overlaps the marked target; it is right
 * when its PLOVER type equals gold_root (YIELD matches CONCEDE and RETREAT). No such event is wrong.
 *
 *   npm run eval                      (DYAD_SHARED overrides the ../shared folder)
 *   npm run eval -- --errors 40       also prints 40 wrong pairs, for looking at failure kinds
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/annotate/index.js';
import { codeArticle } from '../src/pipeline.js';
import { defaultActorDictionary } from '../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../src/resolve/index.js';
import type { Article, Event } from '../src/types/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? join(root, '..', 'shared');
const file = join(shared, 'benchmarks', 'plover-pairs', 'dev.tsv');
const showErrors = Number(process.argv[process.argv.indexOf('--errors') + 1] ?? 0) || 0;

interface Pair {
  id: string;
  sentence: string;
  source: [number, number];
  target: [number, number];
  gold: string;
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

function readPairs(): Pair[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((line) => {
    const [id = '', , marked = '', , , gold = ''] = line.split('\t');
    const { text, s, t } = spansOf(marked);
    return { id, sentence: text, source: s, target: t, gold };
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

const pairs = readPairs();
const byClass = new Map<string, { n: number; right: number; none: number }>();
let right = 0;
let none = 0;
let withEvents = 0;
const errors: string[] = [];
const cache = new Map<string, Event[]>();
/** Why a pair got no event: its actors were not resolved, or the patterns did not link them. */
const why = { noSource: 0, noTarget: 0, unlinked: 0, wrongPair: 0 };
const dictionary = defaultActorDictionary();
function diagnose(p: Pair, events: readonly Event[]): void {
  const mentions = resolveActors(annotate(articleOf(p.id, p.sentence)), dictionary, null).flatMap((s) => s.mentions);
  if (!mentions.some((m) => overlaps(m.span, p.source))) why.noSource++;
  else if (!mentions.some((m) => overlaps(m.span, p.target))) why.noTarget++;
  else if (events.length) why.wrongPair++;
  else why.unlinked++;
}
const started = performance.now();
for (const p of pairs) {
  let events = cache.get(p.sentence);
  if (!events) {
    events = codeArticle(articleOf(p.id, p.sentence)).events;
    cache.set(p.sentence, events);
  }
  if (events.length) withEvents++;
  const candidates = events
    .filter((e) => overlaps(e.source.span, p.source) && e.target && overlaps(e.target.span, p.target))
    .sort((a, b) => b.confidence - a.confidence);
  const best = candidates[0];
  const cls = byClass.get(p.gold) ?? { n: 0, right: 0, none: 0 };
  cls.n++;
  if (!best) {
    diagnose(p, events);
    none++;
    cls.none++;
  } else if (matches(best.action.plover.event, p.gold)) {
    right++;
    cls.right++;
  }
  byClass.set(p.gold, cls);
  if (!best || !matches(best.action.plover.event, p.gold)) {
    const got = best ? `${best.action.plover.event ?? '-'} ${best.action.cameo} "${best.action.text}"` : `none (${events.map((e) => `${e.action.cameo}:${e.source.text}>${e.target?.text ?? '-'}`).join(', ')})`;
    errors.push(`${p.gold}\t${got}\t${p.sentence.slice(0, 160)}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1) : '-');

console.log(`plover-pairs dev.tsv: ${pairs.length} pairs, ${cache.size} sentences, ${seconds.toFixed(1)} s`);
console.log(`accuracy ${pct(right, pairs.length)}%  (${right}/${pairs.length})`);
console.log(`no event for the pair ${pct(none, pairs.length)}%  (${none}); sentences with any event ${pct(withEvents, pairs.length)}%`);
console.log(`no event because: source not resolved ${why.noSource}, target not resolved ${why.noTarget}, both resolved but no event ${why.unlinked}, events only between other actors ${why.wrongPair}`);
const resolved = pairs.length - why.noSource - why.noTarget;
const found = pairs.length - none;
console.log(`accuracy where both actors were resolved ${pct(right, resolved)}% (${right}/${resolved}); PLOVER type right where an event joins the pair ${pct(right, found)}% (${right}/${found})`);
console.log('class        n   right%  none%');
for (const [cls, s] of [...byClass].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${cls.padEnd(10)} ${String(s.n).padStart(4)}  ${pct(s.right, s.n).padStart(6)}  ${pct(s.none, s.n).padStart(5)}`);
}
if (showErrors) for (const line of errors.slice(0, showErrors)) console.log(line);

import type { ActorMention, ActorRef, Article, Event, EventLocation, ResolvedDate, ResolvedSentence } from '../types/index.js';
import { getCameo } from './cameo.js';
import { confidenceOf } from './confidence.js';
import { findDates, sentenceDates, type DateMention } from './dates.js';
import { eventId } from './event-id.js';
import { recodeForModality } from './frames.js';
import { isPlaced } from './is-placed.js';
import { codeSentence, type SentenceEvent } from './patterns.js';
import type { ArgumentFinder } from './argument-finder.js';

export interface EventContext {
  article: Article;
  /** Publication day (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  /** The place where a sentence's event happened, when the sentence names one. */
  placeOf?: (sentence: ResolvedSentence) => EventLocation | null;
  /** Where the arguments of triggers are found (the dependency tree by default). */
  finder?: ArgumentFinder;
}

function refOf(m: ActorMention): ActorRef {
  return { text: m.text, span: m.span, code: m.code, country: m.country, sector: m.sector, entity: m.entity };
}

/** First day of a date's period, to tell whether it lies after the publication day. */
function periodStart(value: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

function datesIn(s: ResolvedSentence, published: string | null): DateMention[] {
  if (published) return sentenceDates(s, published);
  // Without a publication day only dates that name their year can be trusted (and a text without
  // four digits in a row has none: no parse).
  if (!/\d{4}/.test(s.text)) return [];
  return findDates(s.text, '2000-01-01').filter((d) => /\b\d{4}\b/.test(d.text));
}

/** The date mention nearest the trigger, else the publication day (no text: it was not written). */
function dateOf(s: ResolvedSentence, dates: readonly DateMention[], at: number, published: string | null): ResolvedDate | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!best || Math.abs(s.start + d.start - at) < Math.abs(s.start + best.start - at)) best = d;
  }
  // Spelt out rather than spread (same keys, same order): spreads were hot spots of the coder.
  if (best) return { value: best.date.value, precision: best.date.precision, text: best.text };
  return published ? { value: published, precision: 'day' } : null;
}

function toEvent(e: SentenceEvent, s: ResolvedSentence, ctx: EventContext, dates: readonly DateMention[], location: EventLocation | null): Event | null {
  const words = e.trigger.map((i) => s.tokens[i]).filter((t) => t !== undefined).sort((a, b) => a.start - b.start);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const date = dateOf(s, dates, first.start, ctx.published);
  let modality = e.modality;
  let code = e.code;
  if (modality === 'asserted' && date?.text && ctx.published && periodStart(date.value) > ctx.published) {
    modality = 'future';
    code = recodeForModality(code, modality);
  }
  const info = getCameo(code);
  if (!info) return null;
  return {
    id: eventId({
      article: ctx.article.id, sentence: [s.start, s.end], cameo: code, source: `${e.source.code}@${e.source.span.join('-')}`,
      target: e.target ? `${e.target.code}@${e.target.span.join('-')}` : null, modality, trigger: [first.start, last.end],
    }),
    article: ctx.article.id,
    sentence: { index: s.index, start: s.start, end: s.end, text: s.text },
    source: refOf(e.source),
    target: e.target ? refOf(e.target) : null,
    action: {
      text: words.map((t) => t.text).join(' '),
      cameo: code,
      plover: info.plover,
      goldstein: info.goldstein,
      quad: info.quad,
    },
    modality,
    attribution: e.attribution ? { speaker: e.attribution.code } : null,
    date,
    location,
    confidence: confidenceOf({
      code, trigger: e.trigger, source: e.source, target: e.target, modality, attribution: e.attribution, voice: e.voice, multiword: e.multiword,
    }),
  };
}

/** Nouns that point back to an accusation made before ("denied these accusations"). */
const ACCUSATION_NOUNS = new Set(['accusation', 'allegation', 'charge', 'claim']);
/** How many sentences back a denial looks for the accusation it answers. */
const ANSWER_REACH = 3;

/**
 * "Russia denied these accusations": a denial or rejection of accusations with no one named answers
 * those who accused the same actor in the last few sentences, so they become its targets.
 */
function answerAccusations(found: SentenceEvent[], s: ResolvedSentence, earlier: readonly (readonly [number, SentenceEvent])[]): SentenceEvent[] {
  return found.flatMap((e) => {
    const root = e.code.slice(0, 2);
    if (e.target || !(e.code === '016' || root === '12')) return [e];
    if (!e.trigger.some((i) => ACCUSATION_NOUNS.has(s.tokens[i]?.lemma.toLowerCase() ?? ''))) return [e];
    const accusers: ActorMention[] = [];
    for (let k = earlier.length - 1; k >= 0; k--) {
      const [index, prior] = earlier[k] ?? [];
      if (index === undefined || !prior || s.index - index > ANSWER_REACH) break;
      if (!prior.code.startsWith('11') || !prior.target || prior.modality === 'negated') continue;
      if (prior.target.code !== e.source.code && prior.target.country !== e.source.country) continue;
      if (!accusers.some((a) => a.code === prior.source.code)) accusers.push(prior.source);
    }
    return accusers.length ? accusers.map((target) => ({ ...e, target })) : [e];
  });
}

/**
 * An event needs a source that names someone and at least one actor that is placed (a country, an
 * IGO, a known group): "Features help small businesses present themselves" (BUS, nobody) and
 * "Zebulon Quarrie offered ..." (a name no table knows) are not events between actors. A target
 * no table resolves ("---") is left out rather than stored as an actor.
 */
function withKnownActors(e: SentenceEvent): SentenceEvent | null {
  if (e.source.code === '---') return null;
  const target = e.target && e.target.code !== '---' ? e.target : null;
  if (!isPlaced(e.source) && !(target && isPlaced(target))) return null;
  return target === e.target ? e : { ...e, target };
}

/** Events of resolved sentences, each with its evidence, date, place and confidence. */
export function codeEvents(sentences: readonly ResolvedSentence[], ctx: EventContext): Event[] {
  const events: Event[] = [];
  const ids = new Set<string>();
  const earlier: (readonly [number, SentenceEvent])[] = [];
  for (const s of sentences) {
    const found = answerAccusations(codeSentence(s, ctx.finder), s, earlier);
    for (const e of found) earlier.push([s.index, e]);
    if (!found.length) continue;
    const dates = datesIn(s, ctx.published);
    const location = ctx.placeOf?.(s) ?? null;
    for (const candidate of found) {
      const e = withKnownActors(candidate);
      const event = e && toEvent(e, s, ctx, dates, location);
      // "endorsed Sanders or Warren" with neither resolved: the same act between the same codes
      // is one event (one id; the store keys reports by it).
      if (event && !ids.has(event.id)) {
        ids.add(event.id);
        events.push(event);
      }
    }
  }
  return events;
}

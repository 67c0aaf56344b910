import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { ResolvedDate } from '../types/event.js';
import { CUSTOM_PARSERS, dayValue, shiftDays, yearForMonth } from './date-parsers.js';
import type { DateHit, ParseContext, RefDay } from './date-parsers.js';

/** A date written in a text, resolved against the publication day. Offsets are UTF-16 into the text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
}

/**
 * Every date expression in `text`, resolved against `reference` (the publication day, YYYY-MM-DD;
 * a longer ISO date-time is cut to its day), in text order and without overlaps.
 *
 * Month-, quarter- and year-level expressions and day-month dates come from our parsers
 * (date-parsers.ts, where the choices for vague words are listed). chrono-node reads the rest of
 * the day-level expressions (weekdays, "yesterday", "tonight", ISO and numeric dates with a year);
 * its results are kept only in those shapes, because its casual parsers also read "24/7",
 * "9/11", "noon", "for 3 days" or the "Sunday" of "the Sunday Times" as dates.
 * A weekday alone is the latest such day not after the publication day (the same day counts),
 * or with a future cue in its clause ("will", "would", "is set to") the earliest not before it.
 * A mention's text includes a directly preceding "on" or "in" ("On Wednesday", "in September").
 */
const sentenceCache = new WeakMap<object, { reference: string; dates: DateMention[] }>();

/**
 * findDates for one sentence object, remembered: the event coder and the quantity finder both ask
 * for the dates of the same sentences, and the parse is a fifth of the coder's time.
 */
export function sentenceDates(sentence: { readonly text: string }, reference: string): DateMention[] {
  const known = sentenceCache.get(sentence);
  if (known?.reference === reference) return known.dates;
  const dates = findDates(sentence.text, reference);
  sentenceCache.set(sentence, { reference, dates });
  return dates;
}

export interface FindDatesOptions {
  /**
   * Each of our parsers runs only on texts that pass a cheap cue test (most sentences hold no
   * date). false runs them all on every text: the same results, slower; test/code/date-cues.test.ts
   * checks that the cues never change a result. (chrono's cue test, CHRONO_WORTHY, is not such a
   * gate but part of what is taken from chrono: it stays on.)
   */
  gates?: boolean;
}

export function findDates(text: string, reference: string, options: FindDatesOptions = {}): DateMention[] {
  const gates = options.gates ?? true;
  const ref = parseReference(reference);
  const ctx: ParseContext = { text, ref, future: (start) => futureCue(text, start) };
  const hits: (DateHit & { rank: number })[] = [];
  for (const [gate, parse] of CUSTOM_PARSERS) {
    if (!gates || gate.test(text)) for (const hit of parse(ctx)) hits.push({ start: hit.start, end: hit.end, date: hit.date, rank: 1 });
  }
  if (CHRONO_WORTHY.test(text)) for (const hit of chronoDays(ctx)) hits.push({ start: hit.start, end: hit.end, date: hit.date, rank: 0 });

  return dropOverlaps(hits).map(({ start, end, date }) => {
    const prep = /\b(?:on|in)\s+$/i.exec(text.slice(Math.max(0, start - 4), start));
    const from = prep ? start - prep[0].length : start;
    const words = text.slice(from, end);
    return { start: from, end, text: words, date: { value: date.value, precision: date.precision, text: words } };
  });
}

/**
 * Among overlapping hits the longest wins, ours before chrono's on ties. Hits are cut into runs
 * that overlap one another first, so that a long text with many dates stays linear.
 */
function dropOverlaps(hits: (DateHit & { rank: number })[]): DateHit[] {
  hits.sort((a, b) => a.start - b.start);
  const kept: DateHit[] = [];
  for (let i = 0; i < hits.length; ) {
    let j = i + 1;
    let end = hits[i]?.end ?? 0;
    while (j < hits.length && (hits[j]?.start ?? 0) < end) end = Math.max(end, hits[j++]?.end ?? 0);
    const run = hits.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
    const chosen: DateHit[] = [];
    for (const hit of run) if (!chosen.some((k) => hit.start < k.end && k.start < hit.end)) chosen.push(hit);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

function parseReference(reference: string): RefDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  const ref = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  if (!ref || ref.m < 1 || ref.m > 12 || ref.d < 1 || ref.d > 31) {
    throw new RangeError(`findDates: reference must be a YYYY-MM-DD date, got "${reference}"`);
  }
  return ref;
}

/** Words in the clause before a date that put it in the future. */
const FUTURE =
  /\b(?:will|won't|shall|would|wouldn't|(?:is|are|'s|'re)\s+(?:due|set|scheduled|expected|planned|slated)|(?:is|are|'s|'re)\s+going\s+to|plans?\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|upcoming)\b|'ll\b/i;

function futureCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(', and ')) + 1);
  return FUTURE.test(clause);
}

/** Cheap test so that chrono runs only on sentences that may hold what we take from it. */
const CHRONO_WORTHY =
  /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b|\d{4}-\d\d-\d\d|\d[/.]\d{1,2}[/.]\d{4}/i;

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};
const RELATIVE_DAY = /\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
const NUMERIC_DATE = /\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/;
/** Named days that are not dates of this week, and newspapers named after a weekday. */
const WEEKDAY_NAME_BEFORE = /\b(?:Good|Black|Bloody|Super|Cyber|Holy|Easter|Palm|Ash|Maundy|Shrove|Giving)\s+$/;
const CAPITALISED_AFTER = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z]/;

let chronoParser: chrono.Chrono | null = null;

const WINDOW_MARGIN = 48;

/**
 * The stretches of text chrono reads: the whole of a sentence-sized text; in a long one, a margin
 * around each word that may start what we take from chrono (chrono's time grows faster than the
 * length of its input: a 5 MB "sentence" must not take minutes).
 */
function chronoWindows(text: string): [number, number][] {
  if (text.length <= 2000) return [[0, text.length]];
  const windows: [number, number][] = [];
  const trigger = new RegExp(CHRONO_WORTHY.source, 'gi');
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    let from = Math.max(0, m.index - WINDOW_MARGIN);
    let to = Math.min(text.length, m.index + m[0].length + WINDOW_MARGIN);
    // Cut at spaces so that no word is split.
    while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
    while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1] && to - last[0] <= 2000) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    trigger.lastIndex = Math.max(trigger.lastIndex, m.index + 1);
  }
  return windows;
}

/** chrono's results in the shapes we trust: weekdays, "yesterday"-like words, numeric dates with a year. */
function chronoDays(ctx: ParseContext): DateHit[] {
  const { text, ref } = ctx;
  const parser = (chronoParser ??= chrono.casual.clone());
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  const hits: DateHit[] = [];
  const results = chronoWindows(text).flatMap(([from, to]) =>
    parser.parse(text.slice(from, to), { instant, timezone: 0 }).map((r) => ({ r, from })),
  );
  for (const { r, from } of results) {
    const { start, end } = trimmed(r, from);
    const words = text.slice(start, end);
    const weekday = WEEKDAY.exec(words);
    let date: ResolvedDate | null = null;
    if (r.start.isCertain('day') && r.start.isCertain('month') && /\d/.test(words)) {
      // A written date; month-day dates are ours unless chrono read a weekday with them
      // ("Monday, December 27"), and then the year when missing is decided like ours.
      if (!NUMERIC_DATE.test(words) && !r.start.isCertain('year') && !weekday) continue;
      const month = r.start.get('month') ?? 1;
      const day = r.start.get('day') ?? 1;
      const year = r.start.isCertain('year') ? (r.start.get('year') ?? ref.y) : yearForMonth(ctx, start, month, day);
      date = dayValue(year, month, day);
    } else if (RELATIVE_DAY.test(words)) {
      date = dayValue(r.start.get('year') ?? ref.y, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
    } else if (weekday?.[1] && r.start.isCertain('weekday')) {
      if (WEEKDAY_NAME_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
      if (words.endsWith(weekday[1]) && CAPITALISED_AFTER.test(text.slice(end, end + 12))) continue;
      date = resolveWeekday(ctx, start, words, WEEKDAY_NUMBER[weekday[1]] ?? 0, r);
    }
    if (date) hits.push({ start, end, date });
  }
  return hits;
}

/** chrono's span without trailing punctuation and without a leading "on" (added back uniformly). */
function trimmed(r: ParsedResult, offset: number): { start: number; end: number } {
  let start = offset + r.index;
  let end = start + r.text.length;
  const lead = /^[\s,.;:]*(?:(?:on|at|the)\s+)?/i.exec(r.text);
  if (lead) start += lead[0].length;
  const trail = /[\s,.;:]+$/.exec(r.text);
  if (trail) end -= trail[0].length;
  return { start, end: Math.max(start, end) };
}

function resolveWeekday(ctx: ParseContext, start: number, words: string, weekday: number, r: ParsedResult): ResolvedDate {
  const { ref } = ctx;
  if (/\b(?:next|this|coming)\b/i.test(words)) {
    return dayValue(r.start.get('year') ?? ref.y, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
  }
  const refWeekday = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
  let delta: number;
  if (/\b(?:last|past|previous)\b/i.test(words)) delta = -(((refWeekday - weekday + 7) % 7) || 7);
  else if (ctx.future(start)) delta = (weekday - refWeekday + 7) % 7;
  else delta = -((refWeekday - weekday + 7) % 7);
  const day = shiftDays(ref, delta);
  return dayValue(day.y, day.m, day.d);
}

import type { ResolvedDate } from '../types/event.js';

/**
 * The date expressions news uses at month, quarter and year level, and the day-level ones whose
 * year chrono-node guesses the wrong way for news ("on Dec. 3" in an article of 2021-12-30 is
 * 2021-12-03, not 2022). Each parser finds its expressions in a text and resolves them against the
 * publication day. Expressions without a year are past-biased (news reports what happened),
 * unless the clause before them speaks of the future ("will", "would", "is set to", ...).
 *
 * Choices where the words are vaguer than a calendar unit (documented so the store can rely on them):
 * - "early/start of/beginning of" a year -> its first quarter; "late/end of" a year -> its fourth
 *   quarter; "mid" a year, "earlier/later this year", "the first/second half" -> the year.
 * - any modifier of a month ("early", "late last month", "earlier this month") -> the month.
 * - weeks ("last week", "this week", "in recent weeks") have no precision of their own: the month
 *   of a day in that week (7 days before, the day itself, 7 days after; 14 days before for "the
 *   last few weeks"); "in recent days" -> the month 3 days before; "in recent months" -> the year
 *   60 days before.
 * - "N days/weeks ago" -> that day; "N months ago" -> that month; "N years ago" -> that year;
 *   "a few/several days ago" -> the month.
 * - seasons -> the year (the year of January for winter).
 */

/** The publication day, month 1-12. */
export interface RefDay {
  y: number;
  m: number;
  d: number;
}

export interface DateHit {
  start: number;
  end: number;
  date: ResolvedDate;
}

export interface ParseContext {
  text: string;
  ref: RefDay;
  /** Whether the clause before `start` speaks of the future. */
  future(start: number): boolean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const dayValue = (y: number, m: number, d: number): ResolvedDate => ({
  value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
  precision: 'day',
});
export const monthValue = (y: number, m: number): ResolvedDate => ({ value: `${pad(y, 4)}-${pad(m)}`, precision: 'month' });
export const quarterValue = (y: number, q: number): ResolvedDate => ({ value: `${pad(y, 4)}-Q${q}`, precision: 'quarter' });
export const yearValue = (y: number): ResolvedDate => ({ value: pad(y, 4), precision: 'year' });

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day `days` after (negative: before) the reference. */
export function shiftDays(ref: RefDay, days: number): RefDay {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function shiftMonths(ref: RefDay, months: number): { y: number; m: number } {
  const index = ref.y * 12 + (ref.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Full names and the usual abbreviations, capitalised: news writes month names that way. */
const MONTH_ANY =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:19|20)\\d\\d';
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'a couple of': 2, couple: 2,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4,
};

/** A year, month or day not given: the latest one not after the reference, or with a future cue the earliest not before it. */
export function yearForMonth(ctx: ParseContext, start: number, m: number, d?: number): number {
  const { ref } = ctx;
  const key = m * 100 + (d ?? 0);
  const refKey = ref.m * 100 + (d === undefined ? 0 : ref.d);
  if (ctx.future(start)) return key >= refKey ? ref.y : ref.y + 1;
  return key <= refKey ? ref.y : ref.y - 1;
}

function relativeYear(word: string, ref: RefDay): number {
  return word === 'last' ? ref.y - 1 : word === 'next' ? ref.y + 1 : ref.y;
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

const MONTH_DAY = new RegExp(
  `\\b(${MONTH_ANY})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.,]?\\d)(?:,?\\s+(${YEAR})\\b)?`,
  'g',
);
const DAY_MONTH = new RegExp(
  `(?<![\\d,.])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})\\b\\.?(?:,?\\s+(${YEAR})\\b)?`,
  'g',
);

/** "Dec. 3", "December 3, 2021", "3 December", "the 3rd of December 2019". */
export function monthDays(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const add = (start: number, end: number, monthName: string, day: string, year: string | undefined): void => {
    const m = monthNumber(monthName);
    const d = Number(day);
    if (m === 0 || d < 1) return;
    const y = year ? Number(year) : yearForMonth(ctx, start, m, d);
    if (d > daysInMonth(y, m)) return;
    // The optional dot is for abbreviations ("3 Dec."), not the full stop after "3 December.".
    const cut = !year && monthName.length > 4 && ctx.text[end - 1] === '.' ? 1 : 0;
    hits.push({ start, end: end - cut, date: dayValue(y, m, d) });
  };
  for (const m of matches(MONTH_DAY, ctx.text)) add(m.index, m.index + m[0].length, m[1] ?? '', m[2] ?? '', m[3]);
  for (const m of matches(DAY_MONTH, ctx.text)) add(m.index, m.index + m[0].length, m[2] ?? '', m[1] ?? '', m[3]);
  return hits;
}

const MONTH_ONLY = new RegExp(
  `\\b(?:(early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of)[-\\s]+|(last|next|this)\\s+)?(${MONTH_FULL}|Sept\\.)` +
    `(?:,?\\s+(${YEAR})\\b|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)`,
  'g',
);
/** Words after which a bare month name is a date ("in March", "since May"), not a verb, noun or name. */
const ABBREVIATED_MONTH_YEAR = new RegExp(`\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?,?\\s+(${YEAR})\\b`, 'g');
const MONTH_TRIGGER = /\b(?:in|since|until|till|by|from|of|during|through|throughout|before|after|between|and|or|to|for|early|mid|late)\s+$/i;
const MAY_TRIGGER = /\b(?:in|since|until|till|by|from|during|through|throughout|before|after|between|for|early|mid|late)\s+$/i;

/** "in September", "in August 2020", "Dec. 2021", "June last year", "late March", "last May". */
export function months(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { text, ref } = ctx;
  for (const m of matches(MONTH_ONLY, text)) {
    const [whole, modifier, relative, name = '', year, yearWord] = m;
    const month = monthNumber(name);
    if (!modifier && !relative && !year && !yearWord) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const possessive = /^['’]s\b/.test(text.slice(m.index + whole.length));
      if (!(name === 'May' ? MAY_TRIGGER : MONTH_TRIGGER).test(before) && !(possessive && name !== 'May')) continue;
    }
    let y: number;
    if (year) y = Number(year);
    else if (yearWord) y = relativeYear(yearWord, ref);
    else if (relative === 'this') y = ref.y;
    else if (relative === 'last') y = month < ref.m ? ref.y : ref.y - 1;
    else if (relative === 'next') y = month > ref.m ? ref.y : ref.y + 1;
    else y = yearForMonth(ctx, m.index, month);
    hits.push({ start: m.index, end: m.index + whole.length, date: monthValue(y, month) });
  }
  for (const m of matches(ABBREVIATED_MONTH_YEAR, text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, date: monthValue(Number(m[2]), monthNumber(m[1] ?? '')) });
  }
  return hits;
}

const QUARTER_WORDS = new RegExp(
  `\\b(the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)` +
    `(?:\\s+of\\s+(?:(${YEAR})|(this|last|next)\\s+year)\\b|,?\\s+(${YEAR})\\b)?`,
  'g',
);
const QUARTER_CODE = new RegExp(`\\b(?:([QH])([1-4])(?:\\s+|-|\\s+of\\s+)?(${YEAR})?|(${YEAR})[-\\s]?([QH])([1-4]))\\b`, 'g');

/** "the first quarter", "the third quarter of 2021", "Q3 2021", "2021 Q3", "the second half of last year". */
export function quarters(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { ref } = ctx;
  const refQuarter = Math.ceil(ref.m / 3);
  const resolve = (start: number, end: number, unit: string, n: number, year: number | null): void => {
    if (unit === 'half' || unit === 'H') {
      if (n > 2) return;
      // Half-years have no precision of their own: the year, which must then be known or implied.
      const y = year ?? (ctx.future(start) ? ref.y : n * 6 <= ref.m ? ref.y : ref.y - 1);
      hits.push({ start, end, date: yearValue(y) });
      return;
    }
    let y = year;
    if (y === null) {
      if (ctx.future(start)) y = n >= refQuarter ? ref.y : ref.y + 1;
      else y = n <= refQuarter ? ref.y : ref.y - 1;
    }
    hits.push({ start, end, date: quarterValue(y, n) });
  };
  for (const m of matches(QUARTER_WORDS, ctx.text)) {
    const [whole, the, ordinal = '', unit = '', yearOf, yearWord, yearAfter] = m;
    const year = yearOf ?? yearAfter;
    // "last quarter" without "the" is the previous quarter (relativePeriods); "the last quarter" alone is ambiguous.
    if ((ordinal === 'last' || ordinal === 'final') && (!the || (!year && !yearWord))) continue;
    const n = ORDINALS[ordinal] ?? 0;
    const y = year ? Number(year) : yearWord ? relativeYear(yearWord, ref) : null;
    resolve(m.index, m.index + whole.length, unit, n, y);
  }
  for (const m of matches(QUARTER_CODE, ctx.text)) {
    const unit = m[1] ?? m[5] ?? 'Q';
    const n = Number(m[2] ?? m[6]);
    const year = m[3] ?? m[4];
    resolve(m.index, m.index + m[0].length, unit, n, year ? Number(year) : null);
  }
  return hits;
}

const MODIFIED_YEAR = new RegExp(
  `\\b(early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of)[-\\s]+(${YEAR})\\b(?![-/.]\\d)`,
  'g',
);

function modifiedYear(modifier: string, y: number): ResolvedDate {
  if (/early|start|beginning/.test(modifier)) return quarterValue(y, 1);
  if (/late|end/.test(modifier)) return quarterValue(y, 4);
  return yearValue(y);
}

/** "early 2022" (Q1), "mid-2022" (the year), "late 2021" and "the end of 2021" (Q4). */
export function modifiedYears(ctx: ParseContext): DateHit[] {
  return [...matches(MODIFIED_YEAR, ctx.text)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: modifiedYear(m[1] ?? '', Number(m[2])),
  }));
}

const RELATIVE_PERIOD =
  /\b(?:(early|earlier|late|later|mid|the\s+(?:end|start|beginning|middle)\s+of)[-\s]+)?(this|last|next|the\s+coming|the)\s+(year|month|week|quarter)\b/gi;

/** "this year", "last year('s)", "by the end of the year", "early next year", "late last month", "earlier this month", "last week", "next quarter". */
export function relativePeriods(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { ref } = ctx;
  for (const m of matches(RELATIVE_PERIOD, ctx.text)) {
    const modifier = (m[1] ?? '').toLowerCase();
    const which = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[3] ?? '').toLowerCase();
    // "the end of the year" is this year's; "the year" alone names no date.
    if (which === 'the' && !modifier) continue;
    const step = which === 'last' ? -1 : which === 'next' || which.startsWith('the ') ? 1 : 0;
    let date: ResolvedDate;
    if (unit === 'year') {
      const y = ref.y + step;
      date = /^(?:earlier|later)$/.test(modifier) || !modifier ? yearValue(y) : modifiedYear(modifier, y);
    } else if (unit === 'month') {
      const { y, m: month } = shiftMonths(ref, step);
      date = monthValue(y, month);
    } else if (unit === 'week') {
      const day = shiftDays(ref, step * 7);
      date = monthValue(day.y, day.m);
    } else {
      const { y, m: month } = shiftMonths(ref, step * 3);
      date = quarterValue(y, Math.ceil(month / 3));
    }
    hits.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return hits;
}

const RECENT_PERIOD =
  /\b(?:in|over|during|within)\s+(?:the\s+)?(?:(?:last|past)\s+(?:(few|several|two|three|four|couple\s+of)\s+)?|recent\s+)(days?|weeks?|months?)\b/gi;

/** "in the last few weeks", "over the past two days", "in recent months", "in the past week". */
export function recentPeriods(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of matches(RECENT_PERIOD, ctx.text)) {
    const unit = (m[2] ?? '').toLowerCase();
    let date: ResolvedDate;
    if (unit.startsWith('day')) {
      const day = shiftDays(ctx.ref, -3);
      date = monthValue(day.y, day.m);
    } else if (unit.startsWith('week')) {
      const day = shiftDays(ctx.ref, unit === 'week' ? -4 : -14);
      date = monthValue(day.y, day.m);
    } else if (unit === 'month') {
      const day = shiftDays(ctx.ref, -15);
      date = monthValue(day.y, day.m);
    } else {
      date = yearValue(shiftDays(ctx.ref, -60).y);
    }
    hits.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return hits;
}

const AGO =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few|several|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi;

/** "two days ago", "a week ago", "three months ago", "a few days ago". */
export function agos(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { ref } = ctx;
  for (const m of matches(AGO, ctx.text)) {
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[2] ?? '').toLowerCase();
    const vague = word === 'a few' || word === 'several' || word === 'a couple of';
    const n = vague ? 3 : (NUMBER_WORDS[word] ?? Number(word));
    let date: ResolvedDate;
    if (unit === 'year') date = yearValue(ref.y - n);
    else if (unit === 'month') {
      const { y, m: month } = shiftMonths(ref, -n);
      date = monthValue(y, month);
    } else {
      const day = shiftDays(ref, -(unit === 'week' ? 7 : 1) * n);
      date = vague ? monthValue(day.y, day.m) : dayValue(day.y, day.m, day.d);
    }
    hits.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return hits;
}

const SEASON = new RegExp(
  `\\b(?:(this|last|next)\\s+(spring|summer|autumn|fall|winter)\\b|(?:(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(${YEAR}))\\b)`,
  'gi',
);
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** "last summer", "this spring", "the autumn of 2019": the year (of January for winter). */
export function seasons(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { ref } = ctx;
  for (const m of matches(SEASON, ctx.text)) {
    const season = (m[2] ?? m[3] ?? '').toLowerCase();
    const first = SEASON_START[season] ?? 0;
    let y: number;
    if (m[4]) y = Number(m[4]) + (season === 'winter' ? 1 : 0);
    else {
      // Months as an index; winter of year Y is Dec Y-1 .. Feb Y.
      const refIndex = ref.y * 12 + ref.m;
      const startOf = (year: number): number => (season === 'winter' ? year * 12 : year * 12 + first);
      const endOf = (year: number): number => startOf(year) + 2;
      const which = (m[1] ?? '').toLowerCase();
      if (which === 'last') for (y = ref.y + 1; endOf(y) >= refIndex; ) y--;
      else if (which === 'next') for (y = ref.y - 1; startOf(y) <= refIndex; ) y++;
      else y = season === 'winter' && ref.m >= 9 ? ref.y + 1 : ref.y;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, date: yearValue(y) });
  }
  return hits;
}

const BARE_YEAR = new RegExp(`(?<![\\w$€£¥.,/:#-])(${YEAR})(?![\\w%]|[.,/:-]\\d)`, 'g');
/** A four-digit number counting things or telling the time is not a year ("some 2000 troops", "at 2000 GMT"). */
const COUNTED_AFTER =
  /^\s*(?:troops|soldiers|people|men|women|children|civilians|residents|protesters|refugees|migrants|workers|cases|deaths|dead|casualties|votes|seats|units|tanks|vehicles|aircraft|jets|missiles|rockets|drones|shells|barrels|tons|tonnes|km|kilometers|kilometres|miles|metres|meters|feet|dollars|euros|pounds|rubles|roubles|yuan|hours|hrs|GMT|UTC|local\s+time|times|words|pages|points|percent|per\s+cent|years?\s+old)\b/i;
const QUANTITY_BEFORE =
  /\b(?:some|about|around|nearly|almost|roughly|approximately|estimated|more\s+than|fewer\s+than|less\s+than|at\s+least|No\.?|number|Resolution|[Ff]light|[Rr]oute)\s+$/;

/** "in 2020", "since 2014", "the 2020 crackdown", "2021's budget". */
export function bareYears(ctx: ParseContext): DateHit[] {
  const hits: DateHit[] = [];
  const { text } = ctx;
  for (const m of matches(BARE_YEAR, text)) {
    const end = m.index + m[0].length;
    if (COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (QUANTITY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    hits.push({ start: m.index, end, date: yearValue(Number(m[1])) });
  }
  return hits;
}

const MONTH_GATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const YEAR_GATE = /(?:19|20)\d\d/;

/** The parsers, each behind a cheap test that most sentences fail (speed: most news sentences have no date). */
export const CUSTOM_PARSERS: readonly (readonly [gate: RegExp, parse: (ctx: ParseContext) => DateHit[]])[] = [
  [MONTH_GATE, monthDays],
  [MONTH_GATE, months],
  [/quarter|half|\b[QH][1-4]/i, quarters],
  [YEAR_GATE, modifiedYears],
  [/year|month|week|quarter/i, relativePeriods],
  [/days?\b|weeks?\b|months?\b/i, recentPeriods],
  [/\bago\b/i, agos],
  [/spring|summer|autumn|fall|winter/i, seasons],
  [YEAR_GATE, bareYears],
];

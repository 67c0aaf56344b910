import type { Event, ResolvedDate } from '../types/index.js';

/**
 * How reports of the same real-world event are recognised across articles, as GDELT's mentions
 * table does: same actors (either order for symmetric codes), compatible CAMEO codes, the same
 * polarity of modality, and overlapping dates. Pure, so the rules are tested without a database.
 */

/** CAMEO roots whose events have no direction: meeting, negotiating, cooperating. */
const SYMMETRIC_ROOTS = new Set(['04', '06']);

export function isSymmetric(cameo: string): boolean {
  return SYMMETRIC_ROOTS.has(cameo.slice(0, 2));
}

/** CAMEO's "not specified" codes end in 0 (040 consult, 190 use conventional force): they refine nothing. */
function specific(code: string): string {
  return code.length === 3 && code.endsWith('0') ? code.slice(0, 2) : code;
}

/** Same root, and one code refines the other (040 and 042 are compatible, 042 and 043 are not). */
export function compatibleCodes(a: string, b: string): boolean {
  const x = specific(a);
  const y = specific(b);
  return x.slice(0, 2) === y.slice(0, 2) && (x.startsWith(y) || y.startsWith(x));
}

/** Asserted and future reports can describe one event; a denial cannot merge with an assertion. */
export function modalityClass(modality: Event['modality']): 'positive' | 'negated' {
  return modality === 'negated' ? 'negated' : 'positive';
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a resolved date may mean. Null dates span nothing. */
export function dateRange(date: ResolvedDate | null): [string, string] | null {
  if (!date) return null;
  const v = date.value;
  const year = Number(v.slice(0, 4));
  if (!Number.isFinite(year)) return null;
  switch (date.precision) {
    case 'day':
      return [v.slice(0, 10), v.slice(0, 10)];
    case 'month': {
      const month = Number(v.slice(5, 7));
      return [`${v.slice(0, 7)}-01`, `${v.slice(0, 7)}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`];
    }
    case 'quarter': {
      const q = Number(/Q([1-4])/.exec(v)?.[1] ?? '1');
      const first = (q - 1) * 3 + 1;
      const last = first + 2;
      const pad = (n: number): string => String(n).padStart(2, '0');
      return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`];
    }
    case 'year':
      return [`${year}-01-01`, `${year}-12-31`];
  }
}

/**
 * The days before `day` on which a range of `dateRange` can start and still reach `day`: the first
 * of its year, quarter and month (a day's range starts on the day itself).
 */
export function startsReaching(day: string): string[] {
  const month = Number(day.slice(5, 7));
  const quarter = String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0');
  return [...new Set([`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-${quarter}-01`, `${day.slice(0, 7)}-01`])].filter((d) => d < day);
}

/** Day-precise reports of one event often differ by a day (time zones, "yesterday" in late editions). */
export const DAY_SLACK = 1;

export function rangesOverlap(a: [string, string], b: [string, string], slackDays = DAY_SLACK): boolean {
  const slack = slackDays * DAY_MS;
  return dayMs(a[0]) - slack <= dayMs(b[1]) && dayMs(b[0]) - slack <= dayMs(a[1]);
}

/** Widens a range by the slack, for the database's candidate query. */
export function widen(range: [string, string], slackDays = DAY_SLACK): [string, string] {
  return [isoDay(dayMs(range[0]) - slackDays * DAY_MS), isoDay(dayMs(range[1]) + slackDays * DAY_MS)];
}

/** An event dated further than this after its article is a plan or a target, not a thing that happened. */
export const PLAN_DAYS = 366;

/**
 * The days an event is filed and sorted under: its date's range, except that an event dated more
 * than a year after its article ("a plan to cut emissions by 2030") is filed under the article's
 * day, when it was announced, so that it does not come first in a newest-first list. The event
 * keeps its date and its modality (future, intended).
 */
export function filedRange(date: ResolvedDate | null, published: string | null): [string, string] | null {
  const range = dateRange(date);
  if (!range || !published) return range;
  const day = published.slice(0, 10);
  const pub = dayMs(day);
  return Number.isFinite(pub) && dayMs(range[0]) > pub + PLAN_DAYS * DAY_MS ? [day, day] : range;
}

/** Events that ended more than this long before the article's publication are background. */
export const BACKGROUND_DAYS = 30;

export function isBackground(date: ResolvedDate | null, published: string | null): boolean {
  const range = dateRange(date);
  if (!range || !published) return false;
  const pub = dayMs(published.slice(0, 10));
  return Number.isFinite(pub) && dayMs(range[1]) < pub - BACKGROUND_DAYS * DAY_MS;
}

/** The code a country-level query matches: the state's ISO3 when there is one, else the whole code. */
export function actorRoot(ref: { code: string; country: string | null } | null): string {
  if (!ref) return '';
  return ref.country ?? ref.code;
}

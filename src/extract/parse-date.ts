import { monthNumber } from './parse-date-line.js';

/** Dates as pages write them in metadata, to ISO 8601 as precise as the source. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, okt: 10, dez: 12, janvier: 1,
  février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12, enero: 1, febrero: 2, marzo: 3, abril: 4,
  mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10,
  dicembre: 12, januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const day = (y: number, m: number, d: number): string | null => (validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null);

function month(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[n] ?? (monthNumber(n) || MONTHS[n.slice(0, 3)]);
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;

/** Parses a metadata date value; returns a date or date-time in ISO 8601, or null. */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = ISO.exec(v);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    const date = day(Number(y), Number(m), Number(d));
    if (!date) return null;
    if (hh === undefined || (Number(hh) > 23 || Number(mm) > 59)) return date;
    // Midnight with no zone is how many CMSs write a bare date.
    if (hh === '00' && mm === '00' && (ss ?? '00') === '00' && !zone) return date;
    let tz = '';
    if (zone === 'Z') tz = 'Z';
    else if (zone) {
      const digits = zone.replace(':', '');
      tz = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
    }
    return `${date}T${hh}:${mm}:${ss ?? '00'}${tz}`;
  }
  // 30.12.2021, 30/12/2021 (day first outside the US is more common on news sites; ambiguous ones are
  // read day first unless the first number cannot be a day of the month).
  const num = /^(?:\w+,?\s+)?(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(v);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const y = Number(num[3]);
    if (v.includes('/') && b > 12) return day(y, a, b);
    return day(y, b, a) ?? day(y, a, b);
  }
  // 2020/07/13, 2020.07.13, 2020年7月13日 (year first is never ambiguous)
  const ymd = /^(?:\D*?)((?:19|20)\d{2})(?:[/.]|\s*年\s*)(\d{1,2})(?:[/.]|\s*月\s*)(\d{1,2})(?:\s*日|\b)/.exec(v);
  if (ymd) return day(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  // 30 December 2021, 18th Dec 2025, December 30, 2021, Thu, 30 Dec 2021 10:00:00 GMT
  const dmy = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b/u.exec(v);
  if (dmy) {
    const m = month(dmy[2]!);
    if (m) return day(Number(dmy[3]), m, Number(dmy[1]));
  }
  const mdy = /(?<![\p{L}\p{N}])(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(v);
  if (mdy) {
    const m = month(mdy[1]!);
    if (m) return day(Number(mdy[3]), m, Number(mdy[2]));
  }
  return null;
}

/** A date as running text writes it, in the forms parseDate reads (a regular expression's source). */
export const DATE_PATTERN = [
  String.raw`\b(?:19|20)\d{2}-\d{2}-\d{2}\b`,
  String.raw`\b(?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}\b`,
  String.raw`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`,
  String.raw`\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b`,
  String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?\p{L}{3,10}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b`,
  String.raw`(?<![\p{L}\p{N}])\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b`,
].join('|');

const DATE_IN_TEXT = new RegExp(DATE_PATTERN, 'gu');

/** The first date written in running text, in the forms parseDate reads. */
export function findDate(text: string): string | null {
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const date = parseDate(m[0]);
    if (date) return date.slice(0, 10);
  }
  return null;
}

/** A date in the URL path: /2021/12/30/, /2021-12-30-, /20211230/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const slashed = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/.exec(path);
  if (slashed) return day(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const dashed = /(?:^|[/_-])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?:[/_.-]|$)/.exec(path);
  if (dashed) return day(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
  const compact = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (compact) return day(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

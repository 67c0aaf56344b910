import type { Article, Quantity, ResolvedDate, ResolvedSentence, Token } from '../types/index.js';
import { sentenceDates, type DateMention } from './dates.js';

const WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['a hundred', 100], ['dozen', 12],
]);
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['billion', 1e9], ['bn', 1e9],
  ['b', 1e9], ['bln', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12], ['lakh', 1e5], ['crore', 1e7],
]);
const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['¥', 'JPY'],
  ['jpy', 'JPY'], ['₽', 'RUB'], ['rub', 'RUB'], ['₴', 'UAH'], ['uah', 'UAH'], ['cny', 'CNY'], ['rmb', 'CNY'], ['₹', 'INR'],
  ['inr', 'INR'], ['byn', 'BYN'], ['chf', 'CHF'], ['a$', 'AUD'], ['c$', 'CAD'], ['kes', 'KES'], ['ngn', 'NGN'], ['₦', 'NGN'],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['rouble', 'RUB'], ['roubles', 'RUB'], ['pound', 'GBP'], ['pounds', 'GBP'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['yen', 'JPY'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['rupee', 'INR'], ['rupees', 'INR'], ['shillings', 'KES'],
  ['naira', 'NGN'], ['francs', 'CHF'],
]);
const INCREASE = new Set(['grow', 'grew', 'grown', 'rise', 'rose', 'risen', 'increase', 'jump', 'climb', 'surge', 'soar',
  'gain', 'expand', 'double', 'triple', 'up', 'growth', 'rise', 'increase', 'boost', 'hike', 'spike', 'rebound', 'swell', 'higher']);
const DECREASE = new Set(['fall', 'fell', 'fallen', 'drop', 'decline', 'decrease', 'shrink', 'shrank', 'slump', 'plunge',
  'sink', 'sank', 'tumble', 'slide', 'slid', 'contract', 'cut', 'down', 'lose', 'lost', 'dip', 'plummet', 'reduce',
  'contraction', 'slump', 'loss', 'lower', 'slash']);
/** Durations, ages and dates are not what the issue means by counts. */
const SKIP_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'time', 'times', 'am', 'pm', 'a.m.', 'p.m.',
  'o\'clock', 'quarter', 'half', 'place', 'anniversary', 'term', 'round of', 'of', 'percent', 'per', 'cent', 'time',
  'consecutive', 'largest', 'biggest', 'most', 'least', 'last', 'next', 'other', 'others', 'one', 'ones', 'such']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

interface Hit {
  i: number;
  /** End token index, exclusive. */
  j: number;
  value: number;
  unit: string;
  what: string | null;
}

/**
 * Numbers that measure something: percentages ("grew by 36%", "up 5.2 per cent", value 0.36 with
 * unit "percent" as the spec's example has it), money ("$1.5 billion", "€300m", "1.2 trillion
 * rubles", "USD 50 million", unit the ISO currency), and counts of things ("200,000 troops",
 * "five sanction packages", "a sixth round", unit the counted noun). Vague amounts ("dozens of")
 * are skipped, and so are years, dates, durations and clock times.
 * `what` is the thing measured: for a count its noun; for a percentage or sum the subject of the
 * change ("trade between the two countries grew by 36%"), the phrase after "of"/"in" ("36% of
 * exports", "$2bn in aid"), or the noun the sum modifies ("a $1.5 billion loan").
 * `change` comes from a rise or fall word near the number. `date` is the date written nearest to it in the
 * sentence, resolved against `reference` (YYYY-MM-DD), or null.
 */
export function findQuantities(sentences: readonly ResolvedSentence[], article: Article, reference: string | null): Quantity[] {
  const body = article.body;
  const out: Quantity[] = [];
  for (const s of sentences) {
    const hits = hitsIn(s.tokens, body);
    if (hits.length === 0) continue;
    const dates: DateMention[] = reference === null ? [] : sentenceDates(s, reference);
    let lastWhat: string | null = null;
    for (const h of hits) {
      if (dates.some((d) => overlapsDate(s, d, h))) continue;
      const change = changeOf(s.tokens, h, h.what !== null && h.what === h.unit);
      let what = h.what ?? subjectOf(s.tokens, h, body);
      // "compensating for last year's drop of 17%": the same thing as the figure before it.
      if (what === null && change !== null) what = lastWhat;
      if (what !== null) lastWhat = what;
      const start = spanStart(s.tokens, h, change);
      const end = s.tokens[h.j - 1]?.end ?? 0;
      out.push({
        kind: 'quantity',
        article: article.id,
        value: h.value,
        unit: h.unit,
        what,
        change,
        text: body.slice(start, end),
        span: [start, end],
        date: dateFor(s, dates, h),
      });
    }
  }
  return out;
}

function hitsIn(tokens: readonly Token[], body: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = moneyAt(tokens, i, body) ?? percentAt(tokens, i, body) ?? countAt(tokens, i, body);
    if (hit !== null) {
      hits.push(hit);
      i = hit.j - 1;
    }
  }
  return hits;
}

/** A number at token i (digits with separators, or a number word), with a following scale word. */
function numberAt(tokens: readonly Token[], i: number): { value: number; j: number; digits: boolean } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let value: number;
  let digits = false;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t.text) || /^\d+(\.\d+)?$/.test(t.text)) {
    value = Number(t.text.replace(/,/g, ''));
    digits = true;
  } else {
    const w = WORD_NUMBERS.get(t.normal);
    if (w === undefined || t.normal === 'dozen') return null;
    value = w;
  }
  let j = i + 1;
  const next = tokens[j];
  if (next !== undefined) {
    const scale = SCALES.get(next.normal);
    // A bare "m"/"b"/"k" counts only when it is glued to the number ("300m").
    if (scale !== undefined && (next.normal.length > 2 || next.start === t.end)) {
      value *= scale;
      j++;
    }
  }
  return { value, j, digits };
}

function moneyAt(tokens: readonly Token[], i: number, body: string): Hit | null {
  const t = tokens[i];
  if (t === undefined) return null;
  // "$1.5 billion", "€300m", "USD 50 million", "US$ 2bn"
  const pre = CURRENCY_SYMBOLS.get(t.normal);
  if (pre !== undefined && (t.pos === 'SYM' || /^[A-Z$€£¥₽₴₹₦]/.test(t.text))) {
    const n = numberAt(tokens, i + 1);
    if (n !== null && n.digits) return { i, j: n.j, value: n.value, unit: pre, what: moneyWhat(tokens, i, n.j, body) };
  }
  // "1.2 trillion rubles", "50 million USD"
  const n = numberAt(tokens, i);
  if (n === null) return null;
  const after = tokens[n.j];
  if (after === undefined) return null;
  const unit = CURRENCY_WORDS.get(after.normal) ?? (/^[A-Z]{3}$/.test(after.text) ? CURRENCY_SYMBOLS.get(after.normal) : undefined);
  if (unit === undefined) return null;
  return { i, j: n.j + 1, value: n.value, unit, what: moneyWhat(tokens, i, n.j + 1, body) };
}

function percentAt(tokens: readonly Token[], i: number, body: string): Hit | null {
  const n = numberAt(tokens, i);
  if (n === null || !n.digits) return null;
  const a = tokens[n.j];
  const b = tokens[n.j + 1];
  let j = -1;
  if (a?.text === '%' || a?.normal === 'percent' || a?.normal === 'pct') j = n.j + 1;
  else if (a?.normal === 'per' && b?.normal === 'cent') j = n.j + 2;
  else if (a?.normal === 'percentage' && (b?.normal === 'points' || b?.normal === 'point')) {
    return { i, j: n.j + 2, value: toPercent(n.value), unit: 'percentage points', what: ofWhat(tokens, n.j + 2, body) };
  }
  if (j < 0) return null;
  return { i, j, value: toPercent(n.value), unit: 'percent', what: ofWhat(tokens, j, body) };
}

function countAt(tokens: readonly Token[], i: number, body: string): Hit | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let value: number;
  let j: number;
  const ordinal = ORDINALS.get(t.normal) ?? (/^\d+(st|nd|rd|th)$/.test(t.normal) ? parseInt(t.normal, 10) : undefined);
  if (ordinal !== undefined) {
    // "a sixth round", "the fifth package": only after an article, so "first" as an adverb is left out.
    const det = tokens[i - 1]?.normal;
    if ((det !== 'a' && det !== 'an') || tokens[i + 1]?.pos !== 'NOUN') return null;
    value = ordinal;
    j = i + 1;
  } else {
    const n = numberAt(tokens, i);
    if (n === null) return null;
    // "one" is mostly a pronoun or "one-on-one"; "the two leaders" refers back rather than counts.
    if (t.normal === 'one' || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-') return null;
    if (!n.digits && n.value < 10 && ['the', 'both', 'these', 'those', 'their', 'its', 'his', 'her', 'our'].includes(tokens[i - 1]?.normal ?? '')) return null;
    // A four-digit number alone is most likely a year; a number next to a month is a date.
    if (n.digits && /^(1[5-9]|20)\d\d$/.test(t.text) && n.j === i + 1) return null;
    if (MONTHS.has(tokens[i - 1]?.normal ?? '') || MONTHS.has(tokens[n.j]?.normal ?? '')) return null;
    if (tokens[i - 1]?.text === ':' || tokens[n.j]?.text === ':') return null;
    value = n.value;
    j = n.j;
  }
  // The counted noun: optional adjectives and compound nouns, ending on a noun.
  let k = j;
  let lastNoun = -1;
  while (k < tokens.length && k - j < 4) {
    const w = tokens[k];
    if (w === undefined) break;
    if (w.pos === 'NOUN' || (w.pos === 'PROPN' && k > j) || (w.pos === 'VERB' && /s$/.test(w.normal) && k > j)) lastNoun = k;
    else if (w.pos !== 'ADJ' || lastNoun >= 0) break;
    k++;
    if (lastNoun >= 0 && tokens[k]?.pos !== 'NOUN') break;
  }
  if (lastNoun < 0) return null;
  const head = tokens[lastNoun];
  if (head === undefined || SKIP_UNITS.has(head.normal) || !/^[\p{L}]/u.test(head.text)) return null;
  const unit = body.slice(tokens[j]?.start ?? 0, head.end).toLowerCase();
  return { i: ordinal !== undefined ? i - 1 : i, j: lastNoun + 1, value, unit, what: unit };
}

/** "36% of exports"; "a 5% rise in exports" (a change noun, then in). */
function ofWhat(tokens: readonly Token[], j: number, body: string): string | null {
  const prep = tokens[j]?.normal;
  if (prep === 'of') return nounPhrase(tokens, j + 1, body);
  const noun = tokens[j];
  if (noun?.pos === 'NOUN' && (INCREASE.has(noun.lemma) || DECREASE.has(noun.lemma)) && tokens[j + 1]?.normal === 'in') {
    return nounPhrase(tokens, j + 2, body);
  }
  return null;
}

/** "$2bn in aid", "a $1.5 billion loan", "sanctions worth $1bn". */
function moneyWhat(tokens: readonly Token[], i: number, j: number, body: string): string | null {
  const next = tokens[j];
  if (next?.normal === 'in' || next?.normal === 'of' || next?.normal === 'for') {
    const np = nounPhrase(tokens, j + 1, body);
    if (np !== null) return np;
  }
  if (next?.pos === 'NOUN') return nounPhrase(tokens, j, body);
  if (tokens[i - 1]?.normal === 'worth') return phraseBefore(tokens, i - 1, body);
  return null;
}

/** Determiners are dropped; adjectives, nouns, names and "of/between X and Y" tails are kept. */
function nounPhrase(tokens: readonly Token[], i: number, body: string): string | null {
  let s = i;
  while (s < tokens.length && ['DET', 'PRON'].includes(tokens[s]?.pos ?? '')) s++;
  let e = s;
  while (e < tokens.length && e - s < 8) {
    const t = tokens[e];
    if (t === undefined) break;
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) || (t.pos === 'PART' && /^['’]s$/.test(t.normal))) e++;
    else if ((t.normal === 'and' || t.normal === 'of' || t.normal === 'between') && ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[e + 1]?.pos ?? '') && e > s) e++;
    else break;
  }
  while (e > s && ['and', 'of', 'between'].includes(tokens[e - 1]?.normal ?? '')) e--;
  while (e > s && tokens[e - 1]?.pos === 'ADJ') e--;
  if (e === s) return null;
  return body.slice(tokens[s]?.start ?? 0, tokens[e - 1]?.end ?? 0);
}

/** The noun phrase ending right before token k ("aid worth ..."). */
function phraseBefore(tokens: readonly Token[], k: number, body: string): string | null {
  let s = k;
  while (s > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[s - 1]?.pos ?? '')) s--;
  if (s === k) return null;
  return body.slice(tokens[s]?.start ?? 0, tokens[k - 1]?.end ?? 0);
}

/**
 * The subject whose change the number measures: "trade between the two countries grew by 36%"
 * -> the phrase before the change verb, back to a clause boundary.
 */
function subjectOf(tokens: readonly Token[], h: Hit, body: string): string | null {
  // Find the verb of change (or "was up/down") just before the number.
  let v = -1;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4); k--) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'up' || t.normal === 'down') {
      v = k;
      if (t.pos === 'VERB') break;
    }
  }
  if (v < 0) return null;
  while (v > 0 && ['AUX', 'ADV', 'PART'].includes(tokens[v - 1]?.pos ?? '') && !/^['’]s$/.test(tokens[v - 1]?.normal ?? '')) v--;
  let s = v;
  while (s > 0) {
    const t = tokens[s - 1];
    if (t === undefined) break;
    const okPos = ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || /^['’]s$/.test(t.normal)
      || ((t.pos === 'ADP' || t.pos === 'CCONJ') && s < v);
    if (!okPos || t.normal === 'that' || t.normal === 'which') break;
    s--;
  }
  while (s < v && (tokens[s]?.pos === 'DET' || tokens[s]?.pos === 'ADP' || tokens[s]?.pos === 'CCONJ')) s++;
  if (s >= v) return null;
  // A subject needs a noun: "he said" or "it" measure nothing.
  if (!tokens.slice(s, v).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  return body.slice(tokens[s]?.start ?? 0, tokens[v - 1]?.end ?? 0);
}

function changeOf(tokens: readonly Token[], h: Hit, count: boolean): 'increase' | 'decrease' | null {
  const near: Token[] = [];
  for (let k = Math.max(0, h.i - 4); k < h.i; k++) {
    const t = tokens[k];
    if (t !== undefined) near.push(t);
  }
  const after = tokens[h.j];
  // "a 17% drop": a change noun right after a percentage or sum (a count's noun is its unit).
  if (!count && after !== undefined && after.pos === 'NOUN') near.push(after);
  // The nearest change word wins ("rose after a drop of 17%" is a decrease).
  for (let k = near.length - 1; k >= 0; k--) {
    const t = near[k];
    if (t === undefined) continue;
    if (INCREASE.has(t.lemma) || INCREASE.has(t.normal)) return 'increase';
    if (DECREASE.has(t.lemma) || DECREASE.has(t.normal)) return 'decrease';
  }
  return null;
}

/** The quantity's words, with the change words that lead to it ("grew by 36%", "drop of 17%"). */
function spanStart(tokens: readonly Token[], h: Hit, change: Quantity['change']): number {
  let i = h.i;
  if (change !== null) {
    for (let k = h.i - 1; k >= Math.max(0, h.i - 3); k--) {
      const t = tokens[k];
      if (t === undefined) break;
      if (INCREASE.has(t.lemma) || INCREASE.has(t.normal) || DECREASE.has(t.lemma) || DECREASE.has(t.normal)) {
        i = k;
        break;
      }
      if (!['ADP', 'ADV'].includes(t.pos)) break;
    }
  }
  return tokens[i]?.start ?? 0;
}

function overlapsDate(s: ResolvedSentence, d: DateMention, h: Hit): boolean {
  const start = (s.tokens[h.i]?.start ?? 0) - s.start;
  const end = (s.tokens[h.j - 1]?.end ?? 0) - s.start;
  return start < d.end && d.start < end;
}

/** The date nearest to the quantity in its sentence (dates before it preferred on ties). */
function dateFor(s: ResolvedSentence, dates: readonly DateMention[], h: Hit): ResolvedDate | null {
  if (dates.length === 0) return null;
  const at = (s.tokens[h.i]?.start ?? s.start) - s.start;
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const dist = d.end <= at ? at - d.end : d.start - at;
    if (dist < bestDistance) {
      best = d;
      bestDistance = dist;
    }
  }
  return best?.date ?? null;
}

/** 5.2 -> 0.052, without the binary noise of a plain division (0.052000000000000005). */
function toPercent(n: number): number {
  return Number((n / 100).toPrecision(12));
}

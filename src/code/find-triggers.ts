import type { Token } from '../types/index.js';
import { ASSORTMENT_NOUNS, GOODS_NOUNS, SELLING_VERBS } from './english.js';
import { lexicon, type LexEntry } from './lexicon/index.js';
import { otherSense } from './other-sense.js';

/** A lexicon entry found in a sentence. Token indices are within the sentence. */
export interface Trigger {
  entry: LexEntry;
  /** Token indices of the matched words; the first is the head. */
  tokens: number[];
  head: number;
  last: number;
  /** The entry's code, made more specific by `refine` words after the trigger. */
  code: string;
}

interface Slot {
  /** One-word alternatives, looked up in a set. */
  single: Set<string>;
  /** Multi-word and hyphenated alternatives ("war_game" -> ["war", "game"]). */
  multi: string[][];
}

interface Compiled {
  entry: LexEntry;
  slots: Slot[];
}

const MAX_GAP = 4;
const REFINE_WINDOW = 10;
const GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN', 'PRON', 'ADP', 'PART', 'SYM', 'X']);

function compile(entry: LexEntry): Compiled {
  const slots = entry.words.map((slot) => {
    const alts = slot.split('|').map((alt) => alt.split('_'));
    const single = new Set(alts.filter((a) => a.length === 1 && !a[0]?.includes('-')).map((a) => a[0] ?? ''));
    return { single, multi: alts.filter((a) => a.length > 1 || a[0]?.includes('-')) };
  });
  return { entry, slots };
}

/** Head word -> entries starting with it. Built once. */
const byHead = new Map<string, Compiled[]>();
for (const entry of lexicon) {
  const compiled = compile(entry);
  const heads = new Set(entry.words[0]?.split('|').map((alt) => alt.split('_')[0]?.split('-')[0] ?? ''));
  for (const key of heads) {
    const list = byHead.get(key) ?? [];
    list.push(compiled);
    byHead.set(key, list);
  }
}

/** The forms a token can match a lexicon word by: lemma, normal form, normal form without plural s. */
function formsOf(t: Token): string[] {
  // A past tense tagged as an adjective keeps its "-ed": both stems are tried ("apprehend", "seize").
  if (t.pos === 'ADJ' && t.normal.endsWith('ed') && t.lemma.toLowerCase() === t.normal) {
    return [t.normal.slice(0, -2), t.normal, t.normal.slice(0, -1)];
  }
  const lemma = lemmaOf(t);
  const bare = t.normal.endsWith('s') ? t.normal.slice(0, -1) : t.normal;
  return [lemma, t.normal, bare];
}

function matchSlot(tokens: readonly Token[], forms: readonly string[][], at: number, slot: Slot, used: number[]): number {
  const f = forms[at];
  if (f && (slot.single.has(f[0] ?? '') || slot.single.has(f[1] ?? '') || slot.single.has(f[2] ?? ''))) {
    used.push(at);
    return at + 1;
  }
  for (const alt of slot.multi) {
    const mark = used.length;
    const next = matchAlt(tokens, at, alt, used);
    if (next >= 0) return next;
    used.length = mark;
  }
  return -1;
}

export function lemmaOf(t: Token): string {
  return t.lemma.toLowerCase();
}

function wordIs(t: Token | undefined, word: string): boolean {
  if (!t) return false;
  const lemma = lemmaOf(t);
  return lemma === word || t.normal === word || t.normal === `${word}s`;
}

/** Matches one word at `i`; hyphenated words also match as "build", "-", "up". Returns the next index or -1. */
function matchWord(tokens: readonly Token[], i: number, word: string): number {
  if (wordIs(tokens[i], word)) return i + 1;
  if (!word.includes('-')) return -1;
  let j = i;
  for (const [k, part] of word.split('-').entries()) {
    if (k > 0 && tokens[j]?.text === '-') j++;
    if (!wordIs(tokens[j], part)) return -1;
    j++;
  }
  return j;
}

function matchAlt(tokens: readonly Token[], i: number, alt: readonly string[], used: number[]): number {
  let j = i;
  for (const word of alt) {
    const next = matchWord(tokens, j, word);
    if (next < 0) return -1;
    for (let k = j; k < next; k++) used.push(k);
    j = next;
  }
  return j;
}

/** The tagger reads some finite verbs after a name as nouns ("Hamas fires rockets", "China warns"). */
function verbTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !before || t.pos !== 'NOUN' || !/(?:s|ed)$/.test(t.normal)) return false;
  const subjectLike = before.pos === 'PROPN' || (before.pos === 'PRON' && ['it', 'he', 'she', 'they'].includes(before.normal));
  return subjectLike && !!after && ['DET', 'PROPN', 'ADP', 'NUM', 'PRON', 'ADJ', 'NOUN'].includes(after.pos);
}

/**
 * The tagger reads some past tenses after a subject as adjectives ("troops on Sunday apprehended a
 * man"): an "-ed" word between a noun and the start of a noun phrase is the verb.
 */
function pastTaggedAdjective(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !before || !after || t.pos !== 'ADJ' || !t.normal.endsWith('ed')) return false;
  const articles = ['a', 'an', 'the', 'his', 'her', 'its', 'their'];
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && articles.includes(after.normal);
}

function headPosOk(entry: LexEntry, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (entry.pos === 'verb') return t.pos === 'VERB' || verbTaggedNoun(tokens, i) || (t.pos === 'ADJ' && tokens[i - 1]?.pos === 'AUX') || pastTaggedAdjective(tokens, i);
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ';
}

function matchEntry(tokens: readonly Token[], forms: readonly string[][], i: number, c: Compiled, blocked: readonly boolean[]): number[] | null {
  if (!headPosOk(c.entry, tokens, i)) return null;
  const used: number[] = [];
  const [first, ...rest] = c.slots;
  if (!first) return null;
  let j = matchSlot(tokens, forms, i, first, used);
  if (j < 0) return null;
  for (const slot of rest) {
    let found = -1;
    for (let gap = 0; gap <= MAX_GAP && found < 0; gap++) {
      const at = j + gap;
      if (gap > 0) {
        const skipped = tokens[at - 1];
        if (!skipped || !(GAP_POS.has(skipped.pos) || skipped.text === '-')) break;
      }
      found = matchSlot(tokens, forms, at, slot, used);
      // "called his counterpart on Tuesday" is no "call on": a particle does not reach across an actor
      if (found >= 0 && gap > 0 && tokens[at]?.pos === 'ADP' && blocked.slice(j, at).some(Boolean)) return null;
    }
    if (found < 0) return null;
    j = found;
  }
  // Only the head must lie outside actor mentions: "summoned the Chinese ambassador" is a trigger.
  return blocked[i] ? null : used;
}

const refineCache = new Map<LexEntry, (readonly [string[], string])[]>();
function refineWords(entry: LexEntry): (readonly [string[], string])[] {
  let words = refineCache.get(entry);
  if (!words) {
    words = (entry.refine ?? []).map(([w, code]) => [w.split(' '), code] as const);
    refineCache.set(entry, words);
  }
  return words;
}

function refineCode(tokens: readonly Token[], entry: LexEntry, head: number, last: number): string {
  if (!entry.refine) return entry.code;
  const end = Math.min(tokens.length, last + 1 + REFINE_WINDOW);
  for (let j = head + 1; j < end; j++) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';') break;
    for (const [words, code] of refineWords(entry)) {
      if (matchAlt(tokens, j, words, []) >= 0) return code;
    }
  }
  return entry.code;
}

/** Words that may stand inside an object noun phrase before or between its nouns. */
const OBJECT_PHRASE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);
const OBJECT_REACH = 8;

/**
 * Does a bare selling verb at `head` take goods as its object ("offers a broad range of insurance
 * products", "providing software and support to customers")? The heads of the noun phrases after
 * the verb are read, through "of" after an assortment noun and through "and"/"or".
 */
function sellsGoods(tokens: readonly Token[], head: number): boolean {
  let previousNoun: Token | null = null;
  for (let j = head + 1; j < tokens.length && j <= head + OBJECT_REACH; j++) {
    const t = tokens[j];
    if (t === undefined) break;
    const joins = t.normal === 'and' || t.normal === 'or' || t.text === ',';
    // "promotional and consulting services": adjectives joined before the noun
    if (joins && previousNoun === null) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      previousNoun = t;
      continue;
    }
    // the noun phrase ends: its head decides, or "of"/"and" lead on to the next one
    if (previousNoun !== null) {
      if (GOODS_NOUNS.has(lemmaOf(previousNoun))) return true;
      const through = (t.normal === 'of' && ASSORTMENT_NOUNS.has(lemmaOf(previousNoun))) || joins;
      previousNoun = null;
      if (through) continue;
      return false;
    }
    if (!OBJECT_PHRASE_POS.has(t.pos) && t.text !== '-') return false;
  }
  return previousNoun !== null && GOODS_NOUNS.has(lemmaOf(previousNoun));
}

/** "physically demanding jobs", "a threatening tone": a participle between a modifier and its noun. */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t === undefined || before === undefined || after === undefined || !t.normal.endsWith('ing')) return false;
  return (before.pos === 'DET' || before.pos === 'ADV' || before.pos === 'ADJ') && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
}

/** "the courses offered by Google": goods before a selling participle and its agent. */
function goodsBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && tokens[i + 1]?.normal === 'by' && GOODS_NOUNS.has(lemmaOf(before));
}

const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|next|every|each)$/;

/** Words that focus an object without being part of it ("demonstrated not only its strength"). */
const FOCUS_WORDS = new Set(['not', 'only', 'both', 'either', 'also']);
/** Words that open a clause as a verb's object ("demonstrated that ...", "demonstrated how ..."). */
const CLAUSE_OBJECTS = new Set(['that', 'how', 'what', 'why', 'whether']);
const TIME_NOUNS = new Set(['day', 'night', 'week', 'weekend', 'morning', 'afternoon', 'evening', 'month', 'year', 'time']);

/** Does a noun phrase or a clause follow the verb at `head` as its object ("demonstrated its commitment")? */
function hasObject(tokens: readonly Token[], head: number): boolean {
  let k = head + 1;
  while (FOCUS_WORDS.has(tokens[k]?.normal ?? '')) k++;
  const next = tokens[k];
  if (next === undefined || CALENDAR_WORD.test(next.normal)) return false;
  // "demonstrated that day" is a time; "demonstrated that the plan works" a clause
  if (CLAUSE_OBJECTS.has(next.normal)) return !TIME_NOUNS.has(tokens[k + 1]?.normal ?? '');
  if (next.pos === 'DET' || (next.pos === 'PRON' && !next.normal.endsWith('self') && !next.normal.endsWith('selves'))) return true;
  if (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return true;
  return next.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN';
}

/** "ready to talk"; a noun only before "to" and a verb: "calls to end the war", not "a call to Putin". */
function beforeInfinitive(entry: LexEntry, tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.normal !== 'to') return false;
  return entry.pos === 'verb' || tokens[last + 2]?.pos === 'VERB' || tokens[last + 2]?.pos === 'AUX';
}

/**
 * All lexicon triggers in a sentence, longest match first where they overlap. `blocked` marks
 * tokens that cannot be trigger words (those inside actor mentions: "Security Council").
 */
export function findTriggers(tokens: readonly Token[], blocked: readonly boolean[] = []): Trigger[] {
  const candidates: Trigger[] = [];
  const forms = tokens.map(formsOf);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || blocked[i]) continue;
    // "against visiting Saudi Crown Prince ...": a participle modifying a name
    const before = tokens[i - 1];
    if (t.normal.endsWith('ing') && blocked[i + 1] && (!before || before.pos === 'DET' || before.pos === 'ADP')) continue;
    // The token's forms and its first hyphen part, each distinct key once, in this order (no Set
    // per token: this loop runs on every token of every sentence).
    const f = forms[i] ?? [];
    const hyphen = t.normal.indexOf('-');
    const keys = [f[0] ?? '', f[1] ?? '', f[2] ?? '', hyphen < 0 ? t.normal : t.normal.slice(0, hyphen)];
    let seen: Set<Compiled> | null = null;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? '';
      if (keys.indexOf(key) < k) continue;
      const list = byHead.get(key);
      if (list === undefined) continue;
      seen ??= new Set<Compiled>();
      for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        const used = matchEntry(tokens, forms, i, c, blocked);
        if (!used) continue;
        if (c.entry.words.length === 1 && SELLING_VERBS.has(lemmaOf(t)) && (sellsGoods(tokens, i) || goodsBefore(tokens, i))) continue;
        const last = Math.max(...used);
        if (c.entry.intransitive === true && hasObject(tokens, last)) continue;
        if (c.entry.infinitive === true && !beforeInfinitive(c.entry, tokens, last)) continue;
        if (otherSense(c.entry, tokens, i, last)) continue;
        if (c.entry.pos === 'verb' && modifiesNoun(tokens, i)) continue;
        candidates.push({ entry: c.entry, tokens: used, head: i, last, code: refineCode(tokens, c.entry, i, last) });
      }
    }
  }
  // Longer matches win; among equals the more specific code, then the earlier entry.
  // "launched missile strikes": of two two-word matches the one reaching further ("launch ... strike") wins
  candidates.sort((a, b) => b.tokens.length - a.tokens.length || b.code.length - a.code.length || (b.last - b.head) - (a.last - a.head));
  const taken = new Set<number>();
  const chosen: Trigger[] = [];
  for (const c of candidates) {
    if (c.tokens.some((k) => taken.has(k))) continue;
    for (const k of c.tokens) taken.add(k);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.head - b.head);
}

import type { ActorMention, Article, Quote, ResolvedSentence, Token } from '../types/index.js';

/** Verbs that attribute speech or writing, by lemma. */
const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'add', 'state', 'declare', 'note', 'warn', 'claim', 'insist', 'argue', 'write', 'tweet', 'ask', 'call',
  'describe', 'stress', 'explain', 'remark', 'reply', 'announce', 'continue', 'urge', 'respond', 'quip', 'vow', 'pledge',
  'acknowledge', 'admit', 'complain', 'recall', 'predict', 'conclude', 'suggest', 'post', 'emphasise', 'emphasize',
  'assert', 'caution', 'boast', 'joke', 'retort', 'observe', 'comment', 'proclaim', 'brand', 'dub', 'term', 'label',
]);
/** Forms of those verbs that wink may tag as nouns or adjectives, or lemmatise oddly. */
const SPEECH_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'tweeted', 'called', 'saying', 'telling']);
/** "Putin's remarks about how ...": the quote belongs to the owner of the remarks. */
const SPEECH_NOUNS = new Set(['remarks', 'remark', 'words', 'comments', 'comment', 'statement', 'message', 'speech',
  'claim', 'claims', 'warning', 'assertion', 'address', 'letter', 'post', 'tweet', 'interview']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

interface RawQuote { start: number; end: number }

/**
 * Quoted speech with its speaker. Quotes are found in each paragraph: “curly” and "straight" double
 * quotes (a quote left open at the end of a paragraph closes there, as news does for quotes that
 * run over paragraphs), and ‘single’ or 'single' quotes around a short phrase. The speaker is the
 * actor a speech verb attributes the quote to ("X said", "said X", "X told reporters", "X called
 * the sanctions 'silly'", "according to X", "X's remarks"), taken from the resolved mentions, so
 * that "he said" gives the person "he" refers to. An unknown name before or after the verb is kept
 * with a null code.
 */
export function findQuotes(sentences: readonly ResolvedSentence[], article: Article): Quote[] {
  const body = article.body;
  const raw: RawQuote[] = [];
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: body.length }];
  for (const p of paragraphs) raw.push(...quotesIn(body, p.start, p.end));

  const quotes: Quote[] = [];
  const cache = new Map<ResolvedSentence, SentenceView>();
  let previous: Quote['speaker'] = null;
  let previousEnd = -1;
  for (const q of raw) {
    const inner = trimQuote(body, q.start, q.end);
    if (inner === null) continue;
    const speaker: Quote['speaker'] = findSpeaker(sentences, raw, q, body, cache)
      // A quote that carries on right after another with no attribution of its own ("“Yes,” he said. “We will.”").
      ?? (previous !== null && sameParagraphRun(body, previousEnd, q.start) && !hasSpeechVerb(sentences, raw, q, cache) ? previous : null);
    quotes.push({ kind: 'quote', article: article.id, speaker, text: body.slice(inner[0], inner[1]), span: inner });
    previous = speaker;
    previousEnd = q.end;
  }
  return quotes;
}

/** Quote spans (including the marks) in body[start, end). */
function quotesIn(body: string, start: number, end: number): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  let openMark = '';
  for (let k = start; k < end; k++) {
    const c = body.charAt(k);
    if (open < 0) {
      if (c === '“' || c === '„' || c === '«' || (c === '"' && opensHere(body, k, start))) {
        open = k;
        openMark = c;
      } else if ((c === '‘' || c === "'") && opensHere(body, k, start)) {
        const close = singleClose(body, k, end, c === '‘' ? '’' : "'");
        if (close > 0) {
          out.push({ start: k, end: close + 1 });
          k = close;
        }
      }
      continue;
    }
    const closes = openMark === '“' ? c === '”' : openMark === '„' ? c === '“' || c === '”'
      : openMark === '«' ? c === '»' : c === '"';
    if (closes) {
      out.push({ start: open, end: k + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end });
  return out;
}

function opensHere(body: string, k: number, paraStart: number): boolean {
  const before = k > paraStart ? body.charAt(k - 1) : ' ';
  const after = body.charAt(k + 1);
  return /[\s([{—–-]/.test(before) && after !== '' && !/\s/.test(after);
}

/** The closing single quote of a short quoted phrase, not an apostrophe ("Russia's", "the Kremlin's"). */
function singleClose(body: string, open: number, end: number, mark: string): number {
  const limit = Math.min(end, open + 120);
  for (let k = open + 2; k < limit; k++) {
    const c = body.charAt(k);
    if (c === '\n') return -1;
    if (c !== mark && !(mark === '’' && c === "'")) continue;
    const after = body.charAt(k + 1);
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    return k;
  }
  return -1;
}

/** The quoted words without the marks and the punctuation news puts inside them; null when empty. */
function trimQuote(body: string, start: number, end: number): [number, number] | null {
  let s = start + 1;
  let e = end;
  const closing = body.charAt(end - 1);
  if (/["”’'»]/.test(closing) && end - 1 > start) e = end - 1;
  while (s < e && /\s/.test(body.charAt(s))) s++;
  while (e > s && /[\s,]/.test(body.charAt(e - 1))) e--;
  if (!/[\p{L}\p{N}]/u.test(body.slice(s, e))) return null;
  return [s, e];
}

function hasSpeechVerb(sentences: readonly ResolvedSentence[], raw: readonly RawQuote[], q: RawQuote, cache: Map<ResolvedSentence, SentenceView>): boolean {
  const from = sentenceAt(sentences, q.start);
  const to = sentenceAt(sentences, q.end - 1);
  for (let i = from; i <= to; i++) {
    const s = sentences[i];
    if (s !== undefined && viewOf(s, raw, cache).verbs.length > 0) return true;
  }
  return false;
}

function sameParagraphRun(body: string, from: number, to: number): boolean {
  if (from < 0) return false;
  const between = body.slice(from, to);
  return !between.includes('\n') && between.length < 200;
}

function sentenceAt(sentences: readonly ResolvedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

/**
 * Looks for the attribution outside the quotes of the sentence where the quote ends (after it),
 * then of the one where it starts (before it); a quote standing alone after "X said:" takes X.
 */
function findSpeaker(sentences: readonly ResolvedSentence[], raw: readonly RawQuote[], q: RawQuote, body: string, cache: Map<ResolvedSentence, SentenceView>): Quote['speaker'] {
  const first = sentenceAt(sentences, q.start);
  const last = sentenceAt(sentences, q.end - 1);
  for (const idx of last === first ? [first] : [last, first]) {
    const s = sentences[idx];
    if (s === undefined) continue;
    const found = speakerIn(s, raw, q, body, cache);
    if (found !== null) return found;
  }
  const before = sentences[first - 1];
  const firstSentence = sentences[first];
  if (before !== undefined && firstSentence !== undefined && /:\s*$/.test(body.slice(before.end - 1, firstSentence.start))) {
    return speakerIn(before, raw, { start: before.end, end: before.end }, body, cache);
  }
  if (before !== undefined && /:$/.test(before.text.trimEnd()) && firstSentence?.paragraph === before.paragraph) {
    return speakerIn(before, raw, { start: before.end, end: before.end }, body, cache);
  }
  // A colon inside the same sentence: "Putin said: “…”".
  return null;
}

/** The quotes overlapping [start, end): raw is sorted and its quotes do not overlap. */
function quotesWithin(raw: readonly RawQuote[], start: number, end: number): RawQuote[] {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((raw[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: RawQuote[] = [];
  for (let k = lo; k < raw.length; k++) {
    const r = raw[k];
    if (r === undefined || r.start >= end) break;
    out.push(r);
  }
  return out;
}

/** What the speaker search needs of one sentence, computed once per sentence. */
interface SentenceView {
  quoted: boolean[];
  /** Mentions outside the quotes, by first token and by end token. */
  startingAt: Map<number, ActorMention>;
  endingAt: Map<number, ActorMention>;
  first: ActorMention | undefined;
  verbs: number[];
}

/** How far (in tokens) from a quote its attribution may be. */
const REACH = 40;

function viewOf(s: ResolvedSentence, allQuotes: readonly RawQuote[], cache: Map<ResolvedSentence, SentenceView>): SentenceView {
  const cached = cache.get(s);
  if (cached !== undefined) return cached;
  const raw = quotesWithin(allQuotes, s.start, s.end);
  const quoted = new Array<boolean>(s.tokens.length).fill(false);
  let r = 0;
  s.tokens.forEach((t, k) => {
    while (r < raw.length && (raw[r]?.end ?? 0) <= t.start) r++;
    const q = raw[r];
    if (q !== undefined && t.start >= q.start && t.end <= q.end) quoted[k] = true;
  });
  const startingAt = new Map<number, ActorMention>();
  const endingAt = new Map<number, ActorMention>();
  let first: ActorMention | undefined;
  for (const m of s.mentions) {
    if (quoted[m.tokens[0]] === true) continue;
    first ??= m;
    if (!startingAt.has(m.tokens[0])) startingAt.set(m.tokens[0], m);
    endingAt.set(m.tokens[1], m);
  }
  const verbs: number[] = [];
  s.tokens.forEach((t, k) => {
    if (!quoted[k] && isSpeechVerb(t)) verbs.push(k);
  });
  const view = { quoted, startingAt, endingAt, first, verbs };
  cache.set(s, view);
  return view;
}

function speakerIn(s: ResolvedSentence, allQuotes: readonly RawQuote[], q: RawQuote, body: string, cache: Map<ResolvedSentence, SentenceView>): Quote['speaker'] {
  const tokens = s.tokens;
  const { quoted, startingAt, endingAt, first, verbs } = viewOf(s, allQuotes, cache);
  // The quote's tokens: [qi, qj).
  let qi = 0;
  while (qi < tokens.length && (tokens[qi]?.end ?? 0) <= q.start) qi++;
  let qj = qi;
  while (qj < tokens.length && (tokens[qj]?.start ?? 0) < q.end) qj++;
  const from = Math.max(0, qi - REACH);
  const to = Math.min(tokens.length, qj + REACH);

  for (let k = from; k + 2 < to; k++) {
    if (quoted[k] === true) continue;
    // "according to X"
    if (tokens[k]?.normal === 'according' && tokens[k + 1]?.normal === 'to') {
      const m = startingAt.get(k + 2) ?? startingAt.get(k + 3);
      if (m !== undefined) return speakerOf(m);
      const name = properNameAt(tokens, k + 2, body);
      if (name !== null) return name;
    }
    // "X's remarks about ..."
    if (k > 0 && POSSESSIVE.has(tokens[k]?.normal ?? '') && SPEECH_NOUNS.has(tokens[k + 1]?.normal ?? '')) {
      const m = endingAt.get(k);
      if (m !== undefined && (tokens[k + 1]?.start ?? 0) < q.start) return speakerOf(m);
    }
  }

  // Speech verbs outside the quotes near it, the nearest first.
  const near = verbs.filter((v) => v >= from && v < to);
  near.sort((a, b) => distance(tokens, a, q) - distance(tokens, b, q));
  for (const v of near.slice(0, 4)) {
    const verb = tokens[v];
    if (verb === undefined) continue;
    // Right after the quote ("“…,” said X", "“…,” X said") the speaker may follow the verb; further
    // on, the verb starts a new clause whose subject must stand before it.
    let afterQuote = v >= qj && v - qj <= 6;
    for (let k = qj; afterQuote && k < v; k++) {
      const t = tokens[k];
      if (t === undefined) continue;
      const inMention = [...endingAt.values()].some((m) => k >= m.tokens[0] && k < m.tokens[1]);
      if (!(t.pos === 'PUNCT' || t.pos === 'ADV' || inMention || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)))) afterQuote = false;
    }
    // "…, saying": the subject of the main clause speaks.
    if (verb.normal.endsWith('ing') && tokens[v - 1]?.text === ',' && first !== undefined && first.tokens[1] <= v) {
      return speakerOf(first);
    }
    const before = nearestBefore(endingAt, tokens, v, quoted);
    const after = startingAt.get(v + 1);
    // "“…,” he told reporters": a name between the quote and the verb speaks; the object listens.
    const inGap = afterQuote && before !== undefined && before.tokens[0] >= qj;
    const chosen = afterQuote ? (inGap ? before : after ?? before) : before;
    if (chosen !== undefined) return speakerOf(chosen);
    const name = afterQuote ? properNameAt(tokens, v + 1, body) ?? properNameBefore(tokens, v, body)
      : properNameBefore(tokens, v, body);
    if (name !== null) return name;
  }
  return null;
}

function isSpeechVerb(t: Token): boolean {
  if (SPEECH_FORMS.has(t.normal)) return true;
  return (t.pos === 'VERB') && SPEECH_LEMMAS.has(t.lemma);
}

function distance(tokens: readonly Token[], k: number, q: RawQuote): number {
  const t = tokens[k];
  if (t === undefined) return Infinity;
  return t.start >= q.end ? t.start - q.end : Math.max(0, q.start - t.end);
}

/**
 * The subject of a speech verb: the nearest mention ending before it, with no quote in between
 * ("Putin, speaking in Moscow on Monday, said" allows a long gap); "Putin's aide said" is not Putin.
 */
function nearestBefore(endingAt: ReadonlyMap<number, ActorMention>, tokens: readonly Token[], v: number, quoted: readonly boolean[]): ActorMention | undefined {
  for (let k = v; k > 0 && v - k <= REACH; k--) {
    const m = endingAt.get(k);
    if (m !== undefined) {
      const next = tokens[k];
      return next !== undefined && POSSESSIVE.has(next.normal) ? undefined : m;
    }
    if (quoted[k - 1] === true) return undefined;
  }
  return undefined;
}

function speakerOf(m: ActorMention): NonNullable<Quote['speaker']> {
  // "he", "the Belarusian leader" say little: name the person they stand for. A surname stays as written.
  const described = /^(?:\p{Ll}|The\s|Both\s)/u.test(m.text);
  const text = m.via === 'coreference' && m.entity !== null && described ? m.entity : m.text;
  return { text, code: m.code === '' ? null : m.code };
}

/** An unknown capitalised name at token k ("said John Smith"). */
function properNameAt(tokens: readonly Token[], k: number, body: string): Quote['speaker'] {
  let j = k;
  while (j < tokens.length && j - k < 4 && tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j++;
  if (j === k) return null;
  return { text: body.slice(tokens[k]?.start ?? 0, tokens[j - 1]?.end ?? 0), code: null };
}

/** An unknown capitalised name right before the verb ("John Smith said", "Smith also said"). */
function properNameBefore(tokens: readonly Token[], v: number, body: string): Quote['speaker'] {
  let i = v;
  while (i > 0 && tokens[i - 1]?.pos === 'ADV') i--;
  const end = i;
  while (i > 0 && end - i < 4 && tokens[i - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) i--;
  if (i === end) return null;
  return { text: body.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0), code: null };
}

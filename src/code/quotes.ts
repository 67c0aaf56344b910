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
  let previous: Quote['speaker'] = null;
  let previousEnd = -1;
  for (const q of raw) {
    const inner = trimQuote(body, q.start, q.end);
    if (inner === null) continue;
    const speaker: Quote['speaker'] = findSpeaker(sentences, raw, q, body)
      // A quote that carries on right after another with no attribution of its own ("“Yes,” he said. “We will.”").
      ?? (previous !== null && sameParagraphRun(body, previousEnd, q.start) && !hasSpeechVerb(sentences, raw, q) ? previous : null);
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

function hasSpeechVerb(sentences: readonly ResolvedSentence[], raw: readonly RawQuote[], q: RawQuote): boolean {
  const from = sentenceAt(sentences, q.start);
  const to = sentenceAt(sentences, q.end - 1);
  for (let i = from; i <= to; i++) {
    for (const t of sentences[i]?.tokens ?? []) {
      if (isSpeechVerb(t) && !raw.some((r) => t.start >= r.start && t.end <= r.end)) return true;
    }
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
function findSpeaker(sentences: readonly ResolvedSentence[], raw: readonly RawQuote[], q: RawQuote, body: string): Quote['speaker'] {
  const first = sentenceAt(sentences, q.start);
  const last = sentenceAt(sentences, q.end - 1);
  for (const idx of last === first ? [first] : [last, first]) {
    const s = sentences[idx];
    if (s === undefined) continue;
    const found = speakerIn(s, raw, q, body);
    if (found !== null) return found;
  }
  const before = sentences[first - 1];
  const firstSentence = sentences[first];
  if (before !== undefined && firstSentence !== undefined && /:\s*$/.test(body.slice(before.end - 1, firstSentence.start))) {
    return speakerIn(before, raw, { start: before.end, end: before.end }, body);
  }
  if (before !== undefined && /:$/.test(before.text.trimEnd()) && firstSentence?.paragraph === before.paragraph) {
    return speakerIn(before, raw, { start: before.end, end: before.end }, body);
  }
  // A colon inside the same sentence: "Putin said: “…”".
  return null;
}

function speakerIn(s: ResolvedSentence, raw: readonly RawQuote[], q: RawQuote, body: string): Quote['speaker'] {
  const tokens = s.tokens;
  const quoted = tokens.map((t) => raw.some((r) => t.start >= r.start && t.end <= r.end));
  const mentions = s.mentions.filter((m) => !raw.some((r) => m.span[0] >= r.start && m.span[1] <= r.end));

  // "according to X"
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (quoted[k] === true || tokens[k]?.normal !== 'according' || tokens[k + 1]?.normal !== 'to') continue;
    const m = mentionAt(mentions, k + 2) ?? mentionAt(mentions, k + 3);
    if (m !== undefined) return speakerOf(m);
    const name = properNameAt(tokens, k + 2, body);
    if (name !== null) return name;
  }

  // "X's remarks about ..."
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (quoted[k] === true || !POSSESSIVE.has(tokens[k]?.normal ?? '') || !SPEECH_NOUNS.has(tokens[k + 1]?.normal ?? '')) continue;
    const m = mentions.find((x) => x.tokens[1] === k);
    if (m !== undefined && (tokens[k + 1]?.start ?? 0) < q.start) return speakerOf(m);
  }

  // Speech verbs outside the quotes, the nearest to the quote first.
  const verbs: number[] = [];
  tokens.forEach((t, k) => {
    if (quoted[k] !== true && isSpeechVerb(t)) verbs.push(k);
  });
  verbs.sort((a, b) => distance(tokens, a, q) - distance(tokens, b, q));
  for (const v of verbs) {
    const verb = tokens[v];
    if (verb === undefined) continue;
    // Right after the quote ("“…,” said X", "“…,” X said") the speaker may follow the verb; further
    // on, the verb starts a new clause whose subject must stand before it.
    const gap = tokens.map((t, k) => ({ t, k })).filter(({ t }) => t.start >= q.end && t.end <= verb.start);
    const afterQuote = verb.start >= q.end && gap.length <= 6
      && gap.every(({ t, k }) => t.pos === 'PUNCT' || t.pos === 'ADV' || mentions.some((m) => k >= m.tokens[0] && k < m.tokens[1])
        || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)));
    // "…, saying": the subject of the main clause speaks.
    if (verb.normal.endsWith('ing') && tokens[v - 1]?.text === ',') {
      const subject = mentions[0];
      if (subject !== undefined && subject.tokens[1] <= v) return speakerOf(subject);
    }
    const before = nearestBefore(mentions, tokens, v, quoted);
    const after = mentionAt(mentions, v + 1);
    // "“…,” he told reporters": a name between the quote and the verb speaks; the object listens.
    const inGap = afterQuote && before !== undefined && (tokens[before.tokens[0]]?.start ?? 0) >= q.end;
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

function mentionAt(mentions: readonly ActorMention[], k: number): ActorMention | undefined {
  return mentions.find((m) => m.tokens[0] === k);
}

/**
 * The subject of a speech verb: the nearest mention ending before it with no clause break (a
 * comma-free run of up to 6 tokens, an apposition allowed) and no quote in between.
 */
function nearestBefore(mentions: readonly ActorMention[], tokens: readonly Token[], v: number, quoted: readonly boolean[]): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const m of mentions) {
    if (m.tokens[1] > v) continue;
    let clean = true;
    for (let k = m.tokens[1]; k < v; k++) if (quoted[k] === true) clean = false;
    if (!clean) continue;
    if (best === undefined || m.tokens[1] > best.tokens[1]) best = m;
  }
  if (best === undefined) return undefined;
  // "Putin, speaking in Moscow on Monday, said": allow a long gap; a possessive "Putin's aide said" is not the speaker.
  const next = tokens[best.tokens[1]];
  if (next !== undefined && POSSESSIVE.has(next.normal)) return undefined;
  return best;
}

function speakerOf(m: ActorMention): NonNullable<Quote['speaker']> {
  const text = m.via === 'coreference' && m.entity !== null ? m.entity : m.text;
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

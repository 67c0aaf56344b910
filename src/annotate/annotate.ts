import type { ItsFunction } from 'wink-nlp';
import { parseTokens } from '../parse/index.js';
import type { AnnotatedArticle, Article, Sentence, Span, Token } from '../types/index.js';
import { segmentBody } from './segments.js';
import { sentenceContinues } from './sentence-continues.js';
import { wink } from './wink.js';

/**
 * Longest sentence in tokens. wink-nlp splits a run-on text without punctuation into one sentence;
 * the coder's patterns look at a window of a few dozen tokens, so longer "sentences" are cut into
 * pieces of this size.
 */
export const MAX_SENTENCE_TOKENS = 1000;

/**
 * Segments are handed to wink-nlp in batches of about this many characters, joined by blank lines
 * (where wink always ends a sentence): one readDoc per short paragraph costs twice the tagging.
 */
const BATCH_CHARS = 20_000;
const JOIN = '\n\n';

type Segment = Span & { paragraph: number };

/**
 * Article -> sentences with tokens (UTF-16 offsets into the body), universal POS, lemma, the
 * lower-cased form and a dependency tree (src/parse: head and relation of every token). Paragraphs
 * and lines are split first, then wink-nlp finds sentences within each line (see segmentBody for the
 * caps that keep huge inputs linear).
 */
export function annotate(article: Article): AnnotatedArticle {
  const body = article.body;
  const sentences: Sentence[] = [];
  const push = (tokens: Token[], paragraph: number): void => {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) return;
    const tree = parseTokens(tokens.map((t) => t.text));
    tokens.forEach((t, i) => {
      t.head = tree.head[i]!;
      t.rel = tree.rel[i]!;
    });
    sentences.push({
      index: sentences.length,
      paragraph,
      start: first.start,
      end: last.end,
      text: body.slice(first.start, last.end),
      tokens,
    });
  };
  let batch: Segment[] = [];
  let size = 0;
  for (const seg of segmentBody(body, article.paragraphs)) {
    if (size > 0 && size + seg.end - seg.start > BATCH_CHARS) {
      annotateBatch(body, batch, push);
      batch = [];
      size = 0;
    }
    batch.push(seg);
    size += seg.end - seg.start + JOIN.length;
  }
  if (batch.length > 0) annotateBatch(body, batch, push);
  return { article, sentences };
}

/** Tags the segments in one wink-nlp document and emits their sentences in order. */
function annotateBatch(body: string, segments: readonly Segment[], emit: (tokens: Token[], paragraph: number) => void): void {
  const nlp = wink();
  const its = nlp.its;
  const text = segments.map((s) => body.slice(s.start, s.end)).join(JOIN);
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  // wink's its.* helpers are free functions designed to be passed to out(); they use no `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const types = all.out(its.type);
  const pos = all.out(its.pos);
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>);
  const normals = all.out(its.normal);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  /* eslint-enable @typescript-eslint/unbound-method */

  // Sentence ends by token index; tokens outside any span (none seen) join the current sentence.
  const n = values.length;
  // A plain array: a typed array per document cost more than the whole lookup (its backing store).
  const isEnd: boolean[] = [];
  for (const [, last] of spans) if (last >= 0 && last < n && !sentenceContinues(values, spaces, last)) isEnd[last] = true;

  // Where each segment starts in `text`, to map offsets back into the body.
  let seg = 0;
  let segTextStart = 0;
  let segTextEnd = segments.length > 1 ? segmentLength(segments[0]) : Infinity;
  let current: Token[] = [];
  let cursor = 0;
  const flush = (): void => {
    if (current.length > 0) emit(current, segments[seg]?.paragraph ?? 0);
    current = [];
  };
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? '';
    // The usual case, inline: the value right after its spaces (no object per token).
    const expected = cursor + (spaces[i] ?? '').length;
    let start: number;
    let end: number;
    let tokenText: string;
    if (text.startsWith(value, expected)) {
      start = expected;
      end = expected + value.length;
      tokenText = value;
    } else {
      const at = locate(text, value, cursor, (spaces[i] ?? '').length);
      start = at.start;
      end = at.end;
      tokenText = text.slice(start, end);
    }
    cursor = end;
    if (types[i] === 'tabCRLF' || end === start) {
      if (isEnd[i] === true) flush();
      continue;
    }
    // A token past the end of its segment belongs to the next one: a sentence never spans two.
    while (start >= segTextEnd) {
      flush();
      segTextStart = segTextEnd + JOIN.length;
      seg++;
      segTextEnd = seg < segments.length - 1 ? segTextStart + segmentLength(segments[seg]) : Infinity;
    }
    const base = (segments[seg]?.start ?? 0) - segTextStart;
    current.push({
      text: tokenText,
      start: base + start,
      end: base + end,
      pos: pos[i] ?? 'X',
      lemma: lemmas[i] ?? tokenText.toLowerCase(),
      normal: normals[i] ?? tokenText.toLowerCase(),
      head: -1,
      rel: 'root',
    });
    if (isEnd[i] === true || current.length >= MAX_SENTENCE_TOKENS) flush();
  }
  flush();
}

function segmentLength(s: Segment | undefined): number {
  return s === undefined ? 0 : s.end - s.start;
}

/**
 * Where a token sits in the text. wink-nlp reports each token's value and the spaces before it, but
 * it may normalise a value (non-breaking spaces, some contractions), so the value is searched for
 * near the expected place; failing that the token covers as many characters at the expected place,
 * so that body.slice(start, end) is always the token's text.
 */
function locate(text: string, value: string, cursor: number, spaces: number): { start: number; end: number } {
  const expected = cursor + spaces;
  if (text.startsWith(value, expected)) return { start: expected, end: expected + value.length };
  const found = text.indexOf(value, cursor);
  if (found !== -1 && found - cursor <= spaces + 16) return { start: found, end: found + value.length };
  let s = Math.min(expected, text.length);
  while (s < text.length && /\s/.test(text.charAt(s))) s++;
  return { start: s, end: Math.min(text.length, s + value.length) };
}

import type { Span } from '../types/index.js';

/**
 * Longest piece of text handed to wink-nlp at once. Real sentences are far shorter; the cap keeps a
 * document with no punctuation or line breaks (a 5 MB run-on "sentence") linear in time and flat in
 * memory, since wink-nlp builds its whole document in memory.
 */
export const MAX_SEGMENT_CHARS = 5000;

/**
 * The pieces of the body to annotate separately: each paragraph, then each line (wink-nlp's sentence
 * splitter does not break at single newlines, and scraped text puts headlines, captions and
 * datelines on lines of their own), then pieces of at most MAX_SEGMENT_CHARS cut at whitespace.
 * Leading and trailing whitespace is left out.
 */
export function segmentBody(body: string, paragraphs: readonly Span[]): Array<Span & { paragraph: number }> {
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: body.length }];
  const out: Array<Span & { paragraph: number }> = [];
  paras.forEach((para, paragraph) => {
    let lineStart = para.start;
    while (lineStart < para.end) {
      let lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > para.end) lineEnd = para.end;
      for (const piece of capLength(body, lineStart, lineEnd)) out.push({ start: piece.start, end: piece.end, paragraph });
      lineStart = lineEnd + 1;
    }
  });
  return out;
}

function isSpace(code: number): boolean {
  // ASCII whitespace, NBSP, the Unicode spaces U+2000-U+200B, line/paragraph separators, BOM.
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b)
    || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff || code === 0x202f || code === 0x1680;
}

function capLength(body: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  let s = start;
  for (;;) {
    while (s < end && isSpace(body.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    if (s >= e) return pieces;
    if (e - s <= MAX_SEGMENT_CHARS) {
      pieces.push({ start: s, end: e });
      return pieces;
    }
    let cut = s + MAX_SEGMENT_CHARS;
    let back = cut;
    // Prefer the last whitespace in the second half of the window; else cut hard (not inside a
    // surrogate pair).
    while (back > s + MAX_SEGMENT_CHARS / 2 && !isSpace(body.charCodeAt(back))) back--;
    if (back > s + MAX_SEGMENT_CHARS / 2) cut = back;
    else if (isLowSurrogate(body.charCodeAt(cut))) cut--;
    pieces.push({ start: s, end: trimEnd(body, s, cut) });
    s = cut;
  }
}

function trimEnd(body: string, s: number, e: number): number {
  while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
  return e;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

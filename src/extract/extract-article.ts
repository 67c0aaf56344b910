import { inputError } from '../errors.js';
import { MAX_TEXT_CHARS, overLimitError } from '../io/limits.js';
import type { Article, RawDocument } from '../types/index.js';
import { buildArticle } from './build-article.js';
import { decodeDocument } from './decode.js';
import { extractHtml } from './html.js';
import { extractText } from './text.js';

/** Turns raw bytes into an Article: decode, tell HTML from text, extract. Pure: no I/O. */
export function extractArticle(doc: RawDocument): Article {
  if (doc.bytes.length === 0) throw inputError(doc.input, 'empty document');
  const { text, kind } = decodeDocument(doc);
  const parts = kind === 'html' ? extractHtml(text, doc) : extractText(text, doc);
  if (parts.paragraphs.every((p) => p.trim().length === 0)) throw inputError(doc.input, 'no article text found');
  const chars = parts.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_TEXT_CHARS) throw overLimitError(doc.input, 'characters of article text', chars, MAX_TEXT_CHARS);
  return buildArticle(doc, parts);
}

import { createHash } from 'node:crypto';
import type { Article, ArticleImage, BodySource, RawDocument, Span } from '../types/index.js';
import { detectLanguage } from './language.js';

/** What an extractor found, before the body is laid out and the ids are computed. */
export interface ExtractedParts {
  kind: 'html' | 'text';
  url: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string[];
  published: string | null;
  language: string | null;
  images: ArticleImage[];
  site?: string | null;
  /** How the body was found; a text document's is 'text'. */
  bodyFrom?: BodySource;
  /** The story's paragraphs, in order; whitespace inside each is normalised here. */
  paragraphs: string[];
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** Whitespace runs become one space; the id must not change when only the layout does. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u3000]+/g, ' ').trim();
}

/** Joins paragraphs with "\n\n", records their offsets and derives the stable id from the body. */
export function buildArticle(doc: RawDocument, parts: ExtractedParts): Article {
  const kept = parts.paragraphs.map(normaliseSpace).filter((p) => p.length > 0);
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const p of kept) {
    paragraphs.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  const body = kept.join('\n\n');
  const article: Article = {
    id: `a_${sha256(body.toLowerCase()).slice(0, 16)}`,
    url: parts.url,
    title: parts.title,
    subtitle: parts.subtitle,
    byline: parts.byline,
    published: parts.published,
    // The body says more about its language than a page's lang attribute, which templates get wrong.
    language: detectLanguage(body) ?? parts.language,
    images: parts.images,
    body,
    paragraphs,
    source: { kind: parts.kind, bytes: doc.bytes.length, sha256: sha256(doc.bytes) },
  };
  if (parts.site !== undefined) article.site = parts.site;
  article.bodyFrom = parts.bodyFrom ?? (parts.kind === 'text' ? 'text' : 'readability');
  return article;
}

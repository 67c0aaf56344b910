import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';

/** Body and metadata of a news page. */
export function extractHtml(html: string, doc: RawDocument): ExtractedParts {
  const { document } = parseHTML(html);
  const parsed = new Readability(document).parse();
  const paragraphs = (parsed?.textContent ?? '').split(/\n\s*\n/);
  return {
    kind: 'html',
    url: doc.url,
    title: parsed?.title ?? null,
    subtitle: null,
    byline: parsed?.byline ? [parsed.byline] : [],
    published: parsed?.publishedTime ?? null,
    language: null,
    images: [],
    paragraphs,
  };
}

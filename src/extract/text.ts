import type { RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';

/** Plain text and scraped text dumps: paragraphs are separated by blank lines. */
export function extractText(text: string, doc: RawDocument): ExtractedParts {
  return {
    kind: 'text',
    url: doc.url,
    title: null,
    subtitle: null,
    byline: [],
    published: null,
    language: null,
    images: [],
    paragraphs: text.split(/\n\s*\n/),
  };
}

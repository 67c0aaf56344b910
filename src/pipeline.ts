import { codeArticle } from './code/code-article.js';
import { extractArticle } from './extract/extract-article.js';
import type { ActorDictionary } from './knowledge/types.js';
import type { Article, CodedArticle, RawDocument } from './types/index.js';

export interface ProcessOptions {
  /** Publication date for documents that lack one (YYYY-MM-DD): from the user or a feed. */
  published?: string | null;
  dictionary?: ActorDictionary | undefined;
}

/** The whole pure pipeline for one document: extract the article, then code its events. */
export function processDocument(doc: RawDocument, options: ProcessOptions = {}): { article: Article; coded: CodedArticle } {
  const article = extractArticle(doc);
  if (article.published === null && options.published) article.published = options.published;
  const coded = codeArticle(article, { published: options.published ?? null, dictionary: options.dictionary });
  return { article, coded };
}

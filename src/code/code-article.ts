import type { Article, CodedArticle } from '../types/index.js';

export interface CodeOptions {
  /** Publication date to resolve relative dates against when the article has none (YYYY-MM-DD). */
  published?: string | null;
}

/** Article -> events, quotes and quantities. */
export function codeArticle(_article: Article, _options: CodeOptions = {}): CodedArticle {
  return { events: [], quotes: [], quantities: [] };
}

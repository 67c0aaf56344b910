import type { Article } from '../types/index.js';

/** The columns of an article row, in the order of articleValues. */
export const ARTICLE_COLUMNS = `id, url, title, subtitle, byline, published, language, site, images, body, paragraphs,
  source_kind, source_bytes, source_sha256, input, ingested_at`;

/** An article as its row's values (ARTICLE_COLUMNS), for either store; `input` is where it came from. */
export function articleValues(article: Article, input: string | null): unknown[] {
  return [
    article.id,
    article.url,
    article.title,
    article.subtitle,
    JSON.stringify(article.byline),
    article.published,
    article.language,
    article.site ?? null,
    JSON.stringify(article.images),
    article.body,
    JSON.stringify(article.paragraphs),
    article.source.kind,
    article.source.bytes,
    article.source.sha256,
    input,
    new Date().toISOString(),
  ];
}

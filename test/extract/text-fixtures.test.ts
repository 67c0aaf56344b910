import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/extract/extract-article.js';
import type { ArticleImage } from '../../src/types/index.js';

const dir = join(import.meta.dirname, '../fixtures/text');

interface Expected {
  /** Only where the dump names its URL; null otherwise. */
  url?: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string[];
  published: string | null;
  language: string | null;
  images: ArticleImage[];
  paragraphs: string[];
}

describe('scraped text dumps: each fixture gives its expected Article', () => {
  const cases = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  for (const file of cases) {
    it(file, () => {
      const bytes = readFileSync(join(dir, file));
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      const article = extractArticle({ input: file, bytes, url: null, contentType: null });
      const { paragraphs, ...fields } = { url: null, ...expected };
      assert.deepEqual(
        {
          url: article.url,
          title: article.title,
          subtitle: article.subtitle,
          byline: article.byline,
          published: article.published,
          language: article.language,
          images: article.images,
        },
        fields,
      );
      assert.deepEqual(article.body.split('\n\n'), paragraphs);
      assert.deepEqual(
        article.paragraphs.map(({ start, end }) => article.body.slice(start, end)),
        paragraphs,
      );
      assert.equal(article.source.kind, 'text');
      assert.equal(article.source.bytes, bytes.length);
    });
  }
});

import type { Article, Span } from '../../src/types/index.js';

/** An Article around a body written in a test: paragraphs split at blank lines, as extract lays them out. */
export function articleOf(body: string, published: string | null = '2024-03-14'): Article {
  const paragraphs: Span[] = [];
  const re = /[^\n](?:[^\n]|\n(?!\n))*/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return {
    id: 'a_test',
    url: null,
    title: null,
    subtitle: null,
    byline: [],
    published,
    language: 'en',
    images: [],
    body,
    paragraphs,
    source: { kind: 'text', bytes: body.length, sha256: '' },
  };
}

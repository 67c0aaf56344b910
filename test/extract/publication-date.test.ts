import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/extract/extract-article.js';
import { parseDate } from '../../src/extract/parse-date.js';

const story =
  '<p>The regional library opened its new reading room on a quiet morning, with shelves for twelve thousand books and a corner for children.</p>' +
  '<p>Volunteers spent the winter moving the collection from the old building across the square, one trolley at a time.</p>';

const published = (head: string, body: string, options: { url?: string; fetched?: string } = {}): string | null =>
  extractArticle({
    input: 'page.html',
    bytes: new TextEncoder().encode(`<!DOCTYPE html><html><head><title>Library opens reading room</title>${head}</head><body>${body}</body></html>`),
    url: options.url ?? null,
    contentType: null,
    fetched: options.fetched ?? '2024-06-01T12:00:00Z',
  }).published;

const jsonLd = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('publication date of a page', () => {
  it('takes the original publication over the modification', () => {
    const head = jsonLd({ '@type': 'NewsArticle', headline: 'Library opens reading room', datePublished: '2024-03-02T09:00:00Z', dateModified: '2024-05-20T10:00:00Z' });
    assert.equal(published(head, `<article><p class="updated">Updated May 20, 2024</p>${story}</article>`), '2024-03-02T09:00:00Z');
  });

  it('reads a datePublished from any JSON-LD object when no article object has one', () => {
    assert.equal(published(jsonLd({ '@type': 'QAPage', name: 'Library', datePublished: '2024-02-11' }), story), '2024-02-11');
  });

  it('never takes a date later than the fetch', () => {
    const head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">';
    assert.equal(published(head, `<div class="post-date">April 9, 2024</div>${story}`), '2024-04-09');
  });

  it('reads the date a page shows under its headline, even when no space separates it from the headline', () => {
    assert.equal(published('', `<h1>Library opens reading room</h1><div class="c-200">October 3, 2023</div>${story}`), '2023-10-03');
  });

  it('takes a shown update date only when the page shows no other', () => {
    assert.equal(published('', `<div class="meta">Updated: 5 May 2024</div>${story}`), '2024-05-05');
    assert.equal(published('', `<div class="meta">Updated: 5 May 2024</div><div class="byline">By Ana Ruiz · 2 March 2024</div>${story}`), '2024-03-02');
  });

  it('reads a publication date from the page’s scripts when the page shows none', () => {
    assert.equal(published('<script>window.__DATA__={"post":{"publishedAt":"2024-01-15T08:30:00Z"}}</script>', story), '2024-01-15T08:30:00Z');
  });

  it('takes a full date in the URL over metadata that disagrees', () => {
    const head = '<meta property="article:published_time" content="2024-04-10T23:30:00Z">';
    assert.equal(published(head, story, { url: 'https://news.example.org/2024/04/11/library-opens' }), '2024-04-11');
  });
});

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['2020/07/13 01:10', '2020-07-13'],
    ['質問日時：2020/07/13 01:10', '2020-07-13'],
    ['2020年7月13日', '2020-07-13'],
    ['18th Dec 2025', '2025-12-18'],
    ['3. März 2023', '2023-03-03'],
    ['30 декабря 2021 г.', '2021-12-30'],
    ['14 de febrero de 2022', '2022-02-14'],
    ['2020/13/45', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.equal(parseDate(text), expected));
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { DyadError } from '../../src/errors.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { fallbackBody } from '../../src/extract/fallback-body.js';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>Quarry reopens after flood repairs</title></head><body>${body}</body></html>`;
const extract = (html: string) => extractArticle({ input: 'page.html', bytes: new TextEncoder().encode(html), url: null, contentType: null });

const story = [
  'The limestone quarry north of the village reopened on Tuesday, four months after floodwater filled its lower pit.',
  'Engineers pumped out the water over the summer and rebuilt the haul road, which had collapsed in two places.',
  'About forty workers returned to their jobs this week, and the owners expect full output again by the spring.',
];

describe('fallbackBody', () => {
  it('keeps the blocks that read as prose and the subheading between them', () => {
    const { document } = parseHTML(
      page(`<div><div>Home</div><div>${story[0]}</div><div>Repairs</div><div>${story[1]}</div><div><a href="/a">Quarry jobs</a> <a href="/b">Village news</a></div></div>`),
    );
    const found = fallbackBody(document);
    assert.equal(found?.from, 'paragraphs');
    assert.deepEqual(found?.body.paragraphs, [story[0], 'Repairs', story[1]]);
  });

  it('takes the largest block of text when no block reads as prose', () => {
    // Lines broken with <br> and no sentence ends: no paragraph to score.
    const lines = ['Quarry reopening timetable', 'Tuesday pumps off and haul road open to lorries', 'Wednesday first blasting since the flood in the lower pit', 'Thursday full shifts for the forty returning workers'];
    const { document } = parseHTML(page(`<div><span>Menu</span></div><div class="schedule">${lines.join('<br>')}</div>`));
    const found = fallbackBody(document);
    assert.equal(found?.from, 'largest-block');
    assert.match(found.body.paragraphs.join(' '), /Tuesday pumps off.*full shifts/);
  });

  it('finds nothing in a page of a few words', () => {
    const { document } = parseHTML(page('<div>Page not found</div>'));
    assert.equal(fallbackBody(document), null);
  });
});

describe('extractArticle when Readability finds nothing', () => {
  it('says which path gave the body', () => {
    assert.equal(extract(page(`<article><h1>Quarry reopens after flood repairs</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article>`)).bodyFrom, 'readability');
    // A story the page shows only once a script has run: Readability skips hidden blocks.
    const article = extract(page(`<div style="display:none">${story.map((p) => `<p>${p}</p>`).join('')}</div>`));
    assert.equal(article.bodyFrom, 'paragraphs');
    assert.deepEqual(article.body.split('\n\n'), story);
  });

  it('still reports a page with no text for a reader', () => {
    assert.throws(
      () => extract(page('<nav><a href="/">Home</a></nav><footer>© Valley Post</footer>')),
      (e: unknown) => e instanceof DyadError && /no article text found/.test(e.message),
    );
  });
});

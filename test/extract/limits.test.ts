import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/extract/extract-article.js';
import { processDocument } from '../../src/pipeline.js';

const doc = (input: string, text: string): Parameters<typeof extractArticle>[0] => ({ input, bytes: Buffer.from(text), url: null, contentType: null });
const page = (inner: string): string => `<html><body><article><p>Ministers of Poland and Lithuania met in Vilnius on Monday to discuss border security.</p>${inner}</article></body></html>`;

describe('limits on one document', () => {
  it('refuses a page with too many elements, tr and td included, before parsing it', () => {
    assert.throws(() => extractArticle(doc('tables.html', page('<table><tr><td>'.repeat(10_000)))), {
      message: /^tables\.html: too many HTML elements \(20,\d{3}; the limit is 20,000\)$/,
    });
  });

  it('refuses a page nested too deeply once parsed, counting the tags whose end may be left out', () => {
    assert.throws(() => extractArticle(doc('captions.html', page('<caption>x '.repeat(1000)))), {
      message: 'captions.html: HTML nested too deeply (1003 levels; the limit is 200)',
    });
    // Wrapper tags past 60 levels are dropped, their text kept: such a page is read.
    assert.match(extractArticle(doc('divs.html', page('<div>'.repeat(5000) + 'Deep text.'))).body, /Deep text\./);
  });

  it('refuses article text past the limit in characters', () => {
    assert.throws(() => extractArticle(doc('long.txt', 'Officials met in Vilnius on Monday.\n\n'.repeat(6000))), {
      message: 'long.txt: too many characters of article text (210,000; the limit is 200,000)',
    });
  });

  it('refuses a document with more events than the limit', () => {
    const text = Array.from({ length: 25 }, (_, i) => `Report ${i}: Russia threatened Belarus with sanctions.`).join('\n\n');
    assert.throws(() => processDocument(doc('events.txt', text), { maxEvents: 20 }), { message: 'events.txt: too many events (25; the limit is 20)' });
    assert.equal(processDocument(doc('events.txt', text)).coded.events.length, 25);
  });
});

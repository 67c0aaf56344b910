import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeFeed, parseFeed } from '../../src/ingest/parse-feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
  <item><title>Talks in Minsk</title><link>https://news.example/minsk-talks</link><pubDate>Wed, 29 Dec 2021 18:00:00 GMT</pubDate></item>
  <item><title>No link, guid only</title><guid>https://news.example/guid-story</guid></item>
  <item><title>Nothing to fetch</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<!-- generated -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
  <entry><title>Drills &amp; exercises</title><link rel="alternate" href="https://desk.example/drills"/><link rel="edit" href="https://desk.example/edit/1"/><updated>2022-02-10T09:30:00Z</updated></entry>
  <entry><title>Only one link</title><link href="https://desk.example/one"/><published>2022-02-11T00:00:00+03:00</published></entry>
</feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <item><title>Old format</title><link>https://old.example/story</link><dc:date>2020-08-10</dc:date></item>
</rdf:RDF>`;

describe('feeds', () => {
  it('reads RSS 2.0 items with their dates, falling back to a link-like guid', () => {
    assert.deepEqual(parseFeed(rss), [
      { url: 'https://news.example/minsk-talks', published: '2021-12-29', title: 'Talks in Minsk' },
      { url: 'https://news.example/guid-story', published: null, title: 'No link, guid only' },
    ]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    assert.deepEqual(parseFeed(atom), [
      { url: 'https://desk.example/drills', published: '2022-02-10', title: 'Drills & exercises' },
      { url: 'https://desk.example/one', published: '2022-02-10', title: 'Only one link' },
    ]);
  });

  it('reads RSS 1.0 (RDF) items', () => {
    assert.deepEqual(parseFeed(rdf), [{ url: 'https://old.example/story', published: '2020-08-10', title: 'Old format' }]);
  });

  it('tells feeds from pages', () => {
    assert.equal(looksLikeFeed(rss), true);
    assert.equal(looksLikeFeed(atom), true);
    assert.equal(looksLikeFeed('<!DOCTYPE html><html><body>rss</body></html>'), false);
    assert.equal(looksLikeFeed('{}', 'application/rss+xml; charset=utf-8'), true);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { readMetadata } from '../../src/extract/metadata.js';
import { choosePageTitle, pageTitle } from '../../src/extract/page-title.js';
import type { TitleSources } from '../../src/extract/page-title.js';

const sources = (s: Partial<TitleSources>): TitleSources => ({
  headings: [],
  headline: null,
  ogTitle: null,
  htmlTitle: null,
  site: null,
  url: 'https://harbourgazette.example.net/news/ferry-strike',
  ...s,
});

describe('choosePageTitle', () => {
  it('keeps the <h1> as written, typographic quotes included, when the metadata confirms it', () => {
    const title = choosePageTitle(
      sources({ headings: ['Ferry crews’ strike enters “critical” week'], htmlTitle: "Ferry crews' strike enters critical week | Harbour Gazette", site: 'Harbour Gazette' }),
    );
    assert.equal(title, 'Ferry crews’ strike enters “critical” week');
  });

  it('takes the metadata case over an <h1> written all in capitals or all in lower case', () => {
    assert.equal(
      choosePageTitle(sources({ headings: ['FERRY STRIKE ENTERS SECOND WEEK'], ogTitle: 'Ferry Strike Enters Second Week' })),
      'Ferry Strike Enters Second Week',
    );
    assert.equal(choosePageTitle(sources({ headings: ['harbour tolls explained'], htmlTitle: 'Harbour Tolls Explained | Guides | Harbour Gazette' })), 'Harbour Tolls Explained');
  });

  it('keeps the page’s own case when only one metadata source words it otherwise', () => {
    assert.equal(
      choosePageTitle(sources({ headings: ['The History of the harbour ferries'], htmlTitle: 'The history of the harbour ferries | Harbour Gazette' })),
      'The History of the harbour ferries',
    );
  });

  it('takes the case the metadata agrees on when two sources write it the same way', () => {
    const title = 'How Much Does A Ferry Pass Cost?';
    assert.equal(choosePageTitle(sources({ headings: ['How much does a ferry pass cost?'], ogTitle: title, htmlTitle: title })), title);
  });

  it('drops a date line or a "Title:" label run into the <h1>', () => {
    const meta = { ogTitle: 'Port authority approves new ferry terminal' };
    assert.equal(choosePageTitle(sources({ ...meta, headings: ['Mar 4 2024 Port authority approves new ferry terminal'] })), meta.ogTitle);
    assert.equal(
      choosePageTitle(sources({ ...meta, headings: ['Port authority approves new ferry terminal Posted on March 4, 2024 by harbourdesk'] })),
      meta.ogTitle,
    );
    assert.equal(choosePageTitle(sources({ headings: ['Title: A survey of ferry timetables across three ports'] })), 'A survey of ferry timetables across three ports');
  });

  it('cuts a search-engine tail after a bar, but not a long second half of the headline', () => {
    assert.equal(choosePageTitle(sources({ htmlTitle: 'Best Ferry Routes of 2025 | Top 12 Crossings | Harbour Gazette' })), 'Best Ferry Routes of 2025');
    const long = 'Ferry Routes of 2025 | The Crossings Every Islander Should Know About';
    assert.equal(choosePageTitle(sources({ headings: [long], headline: long })), long);
  });

  it('does not take the site’s name or a one-word label in an <h1> for the headline', () => {
    const htmlTitle = 'Tides, tolls and timetables: the island commute in numbers — Island Notes';
    assert.equal(choosePageTitle(sources({ headings: ['Island Notes'], htmlTitle })), 'Tides, tolls and timetables: the island commute in numbers');
    assert.equal(choosePageTitle(sources({ headings: ['Blog'], ogTitle: 'Island commuters count the cost of ferry delays' })), 'Island commuters count the cost of ferry delays');
  });

  it('takes a lone <h1> of three words or more over metadata worded for search engines', () => {
    assert.equal(
      choosePageTitle(sources({ headings: ['Why the ferry still matters'], ogTitle: 'Ferry Service 2025: Routes, Prices and Timetables' })),
      'Why the ferry still matters',
    );
  });

  it('prefers the fuller of two metadata titles when one was cut off', () => {
    const full = 'Ferry strike: what commuters need to know (and what the union wants)';
    assert.equal(choosePageTitle(sources({ headline: 'Ferry strike: what commuters need to know (and', ogTitle: `${full} - Harbour Gazette`, site: 'Harbour Gazette' })), full);
  });

  it('gives null when the page names no title at all', () => {
    assert.equal(choosePageTitle(sources({})), null);
  });
});

describe('pageTitle', () => {
  it('passes over an <h1> that holds the site’s logo', () => {
    const { document } = parseHTML(
      '<html><head><title>Night ferries return to the northern route</title></head><body>' +
        '<header><h1 class="site-logo">The Harbour Gazette Weekly</h1></header><main><p>Night services resume on Monday.</p></main></body></html>',
    );
    assert.equal(pageTitle(document, readMetadata(document, [], null)), 'Night ferries return to the northern route');
  });
});

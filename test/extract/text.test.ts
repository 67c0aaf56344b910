import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/text.js';
import type { RawDocument } from '../../src/types/index.js';

const doc: RawDocument = { input: 'dump.txt', bytes: new Uint8Array(), url: null, contentType: null };
const extract = (text: string): ReturnType<typeof extractText> => extractText(text, doc);

describe('extractText', () => {
  it('keeps plain prose as body, with no title', () => {
    const parts = extract('Officials met on Monday.\n\nThey talked about trade.\n');
    assert.equal(parts.title, null);
    assert.deepEqual(parts.paragraphs, ['Officials met on Monday.', 'They talked about trade.']);
  });

  it('takes a first line without a full stop as the headline when a story follows', () => {
    const parts = extract('Ceasefire talks resume in Doha\n\nNegotiators returned to the table on Sunday after a week-long pause.');
    assert.equal(parts.title, 'Ceasefire talks resume in Doha');
    assert.deepEqual(parts.paragraphs, ['Negotiators returned to the table on Sunday after a week-long pause.']);
  });

  it('gives a lone headline as body rather than finding no article', () => {
    const parts = extract('Ceasefire talks resume in Doha\n');
    assert.equal(parts.title, null);
    assert.deepEqual(parts.paragraphs, ['Ceasefire talks resume in Doha']);
  });

  it('tells the standfirst from the lead paragraph only by the header around it', () => {
    const lead = 'Negotiators returned to the table on Sunday after a week-long pause, officials said.';
    const withDate = extract(`Ceasefire talks resume in Doha\n\nMediators hope for a deal before the holiday.\n\nMay 5, 2024\n\n${lead}`);
    assert.equal(withDate.subtitle, 'Mediators hope for a deal before the holiday.');
    assert.equal(withDate.published, '2024-05-05');
    assert.deepEqual(withDate.paragraphs, [lead]);
    const without = extract(`Ceasefire talks resume in Doha\n\nMediators hope for a deal before the holiday.\n\n${lead}`);
    assert.equal(without.subtitle, null);
    assert.deepEqual(without.paragraphs, ['Mediators hope for a deal before the holiday.', lead]);
  });

  it('drops a section label before the headline and strips stray tags and entities', () => {
    const parts = extract('World\n\nTalks on <i>grain</i> deal collapse\n\nThe <b>deal</b> expired at midnight&nbsp;on Monday.');
    assert.equal(parts.title, 'Talks on grain deal collapse');
    assert.deepEqual(parts.paragraphs, ['The deal expired at midnight on Monday.']);
  });

  it('prefers the published date to an updated one', () => {
    const parts = extract('Talks on grain deal collapse\n\nUpdated: May 6, 2024\nPublished: May 5, 2024\n\nThe deal expired at midnight on Monday.');
    assert.equal(parts.published, '2024-05-05');
  });

  it('removes a link list and share lines at the end but keeps a closing sentence', () => {
    const parts = extract(
      [
        'Talks on grain deal collapse',
        'The deal expired at midnight on Monday.',
        'Both sides blamed each other.',
        'More stories',
        'Ships queue at the strait',
        'Prices of wheat climb',
        'Share on Facebook',
      ].join('\n'),
    );
    assert.deepEqual(parts.paragraphs, ['The deal expired at midnight on Monday.', 'Both sides blamed each other.']);
  });

  it('keeps a dateline lead in the body', () => {
    const lead = 'KYIV, Dec 3 (Reuters) - Ukraine said on Saturday it had restored power to most of the capital.';
    const parts = extract(`Power restored in Kyiv after strikes\n\n${lead}`);
    assert.deepEqual(parts.paragraphs, [lead]);
    assert.equal(parts.published, null);
  });

  it('reads a line of metadata fields: byline, date and reading time', () => {
    const parts = extract('Talks on grain deal collapse\n\nBy Jane Doe | May 5, 2024 | 4 min read\n\nThe deal expired at midnight on Monday.');
    assert.deepEqual(parts.byline, ['Jane Doe']);
    assert.equal(parts.published, '2024-05-05');
    assert.deepEqual(parts.paragraphs, ['The deal expired at midnight on Monday.']);
  });

  it('takes a bare name next to the date line as the byline', () => {
    const parts = extract('Talks on grain deal collapse\nJane Doe\nMay 5, 2024\nThe deal expired at midnight on Monday.');
    assert.deepEqual(parts.byline, ['Jane Doe']);
    assert.deepEqual(parts.paragraphs, ['The deal expired at midnight on Monday.']);
  });

  it('prefers the headline the dump repeats to a site name above it', () => {
    const parts = extract(
      'The Harbour Post\n\nPort strike ends after two weeks\n\nMay 5, 2024\nPort strike ends after two weeks\n\nDock workers went back to work on Monday.',
    );
    assert.equal(parts.title, 'Port strike ends after two weeks');
    assert.deepEqual(parts.paragraphs, ['Dock workers went back to work on Monday.']);
  });

  it('takes the URL from a bare URL line and the date from the URL when no line gives one', () => {
    const parts = extract('https://news.example/world/2021/12/30/talks-end\n\nTalks end without a deal\n\nThe talks ended on Thursday.');
    assert.equal(parts.url, 'https://news.example/world/2021/12/30/talks-end');
    assert.equal(parts.published, '2021-12-30');
    assert.equal(parts.title, 'Talks end without a deal');
    assert.deepEqual(parts.paragraphs, ['The talks ended on Thursday.']);
  });

  it('cuts a document with no line breaks into pieces a regular expression can handle', () => {
    const sentence = 'The ministers met again and agreed to keep talking about the border. ';
    const parts = extract(sentence.repeat(2000));
    assert.ok(parts.paragraphs.length > 1);
    assert.ok(parts.paragraphs.every((p) => p.length <= 10_000));
    assert.equal(parts.paragraphs.join(' '), sentence.repeat(2000).trim());
  });

  it('does not let a picture at the foot of a short dump turn the story into header', () => {
    const parts = extract(
      [
        'Thursday 9 May 2024',
        'Russia holds Victory Day parade',
        'Troops marched across Red Square on Thursday in the annual parade.',
        'The parade was shorter than in past years.',
        'Photo: Soldiers march past the Kremlin wall on Thursday morning.',
      ].join('\n\n'),
    );
    assert.equal(parts.title, 'Russia holds Victory Day parade');
    assert.equal(parts.subtitle, null);
    assert.equal(parts.published, '2024-05-09');
    assert.deepEqual(parts.images, [{ caption: 'Soldiers march past the Kremlin wall on Thursday morning.', credit: null }]);
    assert.deepEqual(parts.paragraphs, ['Troops marched across Red Square on Thursday in the annual parade.', 'The parade was shorter than in past years.']);
  });
});
